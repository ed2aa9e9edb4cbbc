package fr.charteia.room.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample session's report to a folder, to look at it as a trainer would (not a test). */
final class LookAtReport {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/look");
        Files.createDirectories(folder);
        Files.write(folder.resolve("rapport-de-session.pdf"), SessionReport.pdf(SessionSamples.material()));
        Files.write(folder.resolve("rapport-de-session.xlsx"), SessionReport.workbook(SessionSamples.material()));
    }
}
