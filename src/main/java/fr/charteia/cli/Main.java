package fr.charteia.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of {@code java -jar charte-ia.jar}. */
public final class Main {

    /**
     * Hibernate Validator announces its version through java.util.logging at INFO; users of a
     * command line tool must not see it. Held in a field: JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger VALIDATOR_LOG = quiet("org.hibernate.validator");

    private Main() {
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /** Runs the command line against the given streams; tests call this with {@code StringWriter}s. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new CharteIaCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((exception, cmd, parseResult) -> {
                    // A bug of ours must still end with a sentence, not a stack trace, unless asked for.
                    cmd.getErr().println(Texts.of(Texts.defaultLanguage()).get("internal.error",
                            exception.getClass().getSimpleName() + ": " + exception.getMessage()));
                    if (debug) {
                        exception.printStackTrace(cmd.getErr());
                    }
                    cmd.getErr().flush();
                    return ExitCodes.INTERNAL;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Java 17 writes in the platform charset; a C locale would turn every accent into '?'. */
    private static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
