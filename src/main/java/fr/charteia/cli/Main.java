package fr.charteia.cli;

import fr.charteia.output.WriteProblem;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        System.exit(run(args, StandardOutput.open(), utf8(System.err)));
    }

    /** Runs the command line against the given streams; tests call this with {@code StringWriter}s. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Launcher.detect());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, naming commands in hints with {@code launcher}. */
    static int run(String[] args, PrintWriter stdout, PrintWriter stderr, Launcher launcher) {
        // Questionnaires and file names end up in messages: none may drive the user's terminal.
        PrintWriter out = TerminalText.guard(stdout);
        PrintWriter err = TerminalText.guard(stderr);
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new CharteIaCommand(launcher))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new ParameterErrors(launcher))
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
        HelpTexts.apply(commandLine, ParameterErrors.languageOf(args));
        frenchEllipsis(commandLine);
        summaryOnlyInTheCommandList(commandLine);
        int code = commandLine.execute(args);
        code = standardOutputChecked(code, out, stdout, err, args);
        err.flush();
        return code;
    }

    /**
     * A failed write to standard output is an error: {@code extract doc.pdf > q.yaml} on a full disk
     * leaves a truncated questionnaire, which must not look like a success. {@code out} is what the
     * command wrote to (escaping), {@code stdout} the writer under it, which may remember why it failed.
     */
    private static int standardOutputChecked(int code, PrintWriter out, PrintWriter stdout, PrintWriter err, String[] args) {
        if (!out.checkError()) {
            return code;
        }
        Texts texts = Texts.of(ParameterErrors.languageOf(args));
        WriteProblem problem = stdout instanceof StandardOutput standard
                ? standard.failure().map(WriteProblem::of).orElse(WriteProblem.OTHER) : WriteProblem.OTHER;
        err.println(texts.get("stdout.failed", WriteFailureText.ofStandardOutput(problem, texts)));
        return Math.max(code, ExitCodes.UNREADABLE_OR_USAGE);
    }

    /**
     * picocli marks a repeatable option with "..." in the synopsis; French typography writes one
     * character, « … », as the parameter labels do.
     */
    private static void frenchEllipsis(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS,
                help -> help.synopsis(help.synopsisHeadingLength()).replace("...", "…"));
        commandLine.getSubcommands().values().forEach(Main::frenchEllipsis);
    }

    /**
     * A command's header is its one-sentence summary in the command list; at the top of the command's
     * own help it would say again what the description says just below, so it is shown only there.
     */
    private static void summaryOnlyInTheCommandList(CommandLine commandLine) {
        commandLine.getSubcommands().values().forEach(sub -> {
            List<String> sections = new ArrayList<>(sub.getHelpSectionKeys());
            sections.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
            sections.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER);
            sub.setHelpSectionKeys(sections);
        });
    }

    /** Java 17 writes in the platform charset; a C locale would turn every accent into '?'. */
    private static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
