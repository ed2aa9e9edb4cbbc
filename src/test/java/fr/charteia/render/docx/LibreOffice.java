package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice headless, as the tests use it to open Word files the way a user's office suite would.
 * Each run gets its own profile folder so that tests never share (or lock) a user profile.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** For {@code @EnabledIf}: .ci/run installs soffice, a developer machine may not have it. */
    public static boolean isInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "soffice")));
    }

    /**
     * Converts the files to {@code format} ("pdf", "docx") into {@code outDir}, and returns the path of
     * soffice's log (kept beside the results, so a failed assertion can quote it).
     */
    public static Path convert(Path workDir, String format, List<String> files, Path outDir)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path log = outDir.resolve("soffice.log");
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + workDir.resolve("profile"),
                "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString()));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        return log;
    }
}
