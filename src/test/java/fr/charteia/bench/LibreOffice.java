package fr.charteia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice headless, the path the toolkit replaces: Word files converted to PDF in one call. It runs
 * with a profile of its own, made once before any timing, so that creating a first-run profile (several
 * seconds) is not counted.
 */
final class LibreOffice {

    private final Path program;
    private final Path profile;

    private LibreOffice(Path program, Path profile) {
        this.program = program;
        this.profile = profile;
    }

    /** {@code soffice} on the PATH, or the program named by {@code -Dbench.soffice}. */
    static Optional<Path> find() {
        String named = System.getProperty("bench.soffice", "");
        if (!named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, "soffice")).filter(Files::isExecutable).findFirst();
    }

    /** Makes the profile in {@code profile} by converting {@code sample}, and returns a ready converter. */
    static LibreOffice prepared(Path program, Path profile, Path sample, Path scratch, Path log)
            throws IOException, InterruptedException {
        LibreOffice office = new LibreOffice(program, profile);
        ProcessRun first = office.convert(List.of(sample), scratch, log);
        if (!first.succeeded()) {
            throw new IOException("LibreOffice could not convert " + sample + " (exit " + first.exitCode() + "), see " + log);
        }
        return office;
    }

    /** Converts every Word file to PDF into {@code folder}, in one call. */
    ProcessRun convert(List<Path> documents, Path folder, Path log) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(List.of(program.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", folder.toString()));
        documents.forEach(document -> command.add(document.toString()));
        return TimedProcess.run(command, Map.of(), log);
    }

    /** What {@code soffice --version} says, e.g. "LibreOffice 7.4.7.2 40(Build:2)". */
    String version() {
        try {
            Process process = new ProcessBuilder(program.toString(), "-env:UserInstallation=" + profile.toUri(), "--version")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor(30, TimeUnit.SECONDS);
            return text.isEmpty() ? "inconnue" : text.lines().findFirst().orElse(text);
        } catch (IOException e) {
            return "inconnue";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "inconnue";
        }
    }
}
