package fr.charteia.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line in a process of its own, on the test class path: for what only a real process
 * shows (standard output on {@code /dev/full}, a file-size limit).
 *
 * @param exitCode the process's exit code
 * @param err what it wrote on standard error
 */
record JavaProcess(int exitCode, String err) {

    /**
     * Runs {@code charte-ia args} from the project's folder, as the tests do, through bash, whose
     * {@code shellPrefix} comes first (e.g. {@code ulimit -f 100;}) and {@code redirect} last (e.g.
     * {@code > /dev/full}); standard error is kept in {@code workDir}.
     */
    static JavaProcess run(Path workDir, String shellPrefix, String redirect, Map<String, String> environment,
            String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // no performance data file: it is written in /tmp and would meet the file-size limit first
                "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        StringBuilder line = new StringBuilder(shellPrefix).append(" exec");
        command.forEach(word -> line.append(' ').append(quoted(word)));
        line.append(' ').append(redirect);
        try {
            Path err = Files.createTempFile(workDir, "stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", line.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            int code = builder.start().waitFor();
            String text = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(err);
            return new JavaProcess(code, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
