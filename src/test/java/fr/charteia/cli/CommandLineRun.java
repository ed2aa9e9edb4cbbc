package fr.charteia.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in memory and keeps its exit code and both streams. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(String... args) {
        return of(Launcher.PLAIN, args);
    }

    /** As if started by {@code launcher} ({@code java -jar ../x/charte-ia.jar}), which hints then name. */
    static CommandLineRun of(Launcher launcher, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), launcher);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    String all() {
        return out + err;
    }
}
