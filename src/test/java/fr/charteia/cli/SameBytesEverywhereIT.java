package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department's documents do not depend on the machine that makes them: the built jar, run in a
 * fresh JVM per default locale (French, English, Turkish with its dotless i) and time zone (UTC,
 * Auckland, a day ahead of Europe part of the year), gives the same bytes for the DOCX, PDF and
 * Markdown of a French and an English sample.
 */
class SameBytesEverywhereIT {

    private static final Path JAR = Path.of("target/charte-ia.jar");

    /** A date whose day differs between UTC and Auckland (2026-01-01 00:00 UTC is 13:00 there). */
    private static final String SOURCE_DATE_EPOCH = "1767225600";

    @Test
    void generationGivesTheSameBytesUnderEveryDefaultLocaleAndTimeZone(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "the jar is made by mvn package");
        Map<String, Map<String, String>> digestsByRun = new TreeMap<>();
        for (String locale : List.of("fr_FR", "en_US", "tr_TR")) {
            for (String zone : List.of("UTC", "Pacific/Auckland")) {
                String run = locale + " " + zone;
                Path out = dir.resolve(locale + "-" + zone.replace('/', '-'));
                int code = generate(locale, zone, out);
                assertThat(code).as(run).isZero();
                digestsByRun.put(run, digests(out));
            }
        }

        Map<String, String> reference = digestsByRun.get("fr_FR UTC");
        assertThat(reference.keySet()).as("files of one run").hasSize(12)
                .anyMatch(name -> name.endsWith(".docx")).anyMatch(name -> name.endsWith(".pdf"))
                .anyMatch(name -> name.endsWith(".md"));
        digestsByRun.forEach((run, digests) -> assertThat(digests).as(run).isEqualTo(reference));
    }

    private static int generate(String locale, String zone, Path out) throws IOException, InterruptedException {
        String[] parts = locale.split("_");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + parts[0], "-Duser.country=" + parts[1], "-Duser.timezone=" + zone,
                "-jar", JAR.toString(), "generate", "--format", "docx,pdf,md", "--out", out.toString(),
                "samples/urgences-adultes.yaml", "samples/paediatrics-en.yaml"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH);
        builder.environment().put("TZ", zone);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        // a generation takes seconds; the bound only keeps a broken build from holding the phase
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("generate did not finish under " + locale + " " + zone);
        }
        return process.exitValue();
    }

    private static Map<String, String> digests(Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                digests.put(file.getFileName().toString(), HexFormat.of().formatHex(hash));
            }
        }
        return digests;
    }
}
