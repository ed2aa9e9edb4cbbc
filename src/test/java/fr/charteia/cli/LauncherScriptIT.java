package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher made by {@code mvn package} ({@code target/charte-ia}), run as a user runs it: after
 * the package phase, on a POSIX system.
 */
class LauncherScriptIT {

    private static final Path SCRIPT = Path.of("target/charte-ia");

    @Test
    void theLauncherGeneratesTheSampleAndNamesItselfInHints(@TempDir Path out) throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT) && Files.exists(Path.of("/bin/sh")), "the launcher is made by mvn package on POSIX");

        Run generate = run(Map.of(), "generate", "--out", out.toString(), "samples/urgences-adultes.yaml");
        Run mistake = run(Map.of(), "validat");

        assertThat(generate.code()).as(generate.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "charte-ia-urgences-adultes-sau.docx", "charte-ia-urgences-adultes-sau.pdf",
                    "fiche-ia-urgences-adultes-sau.docx", "fiche-ia-urgences-adultes-sau.pdf");
        }
        assertThat(mistake.code()).isEqualTo(2);
        assertThat(mistake.err()).contains("Pour l'aide : target/charte-ia --help");
    }

    @Test
    void theBuildMadeAClassDataSharingArchiveForItsJdkAndTheOutputStaysClean() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "the launcher is made by mvn package on POSIX");
        String runtime = Files.readAllLines(Path.of(System.getProperty("java.home"), "release"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("JAVA_RUNTIME_VERSION=")).map(line -> line.substring(line.indexOf('=') + 1)
                .replace("\"", "")).findFirst().orElseThrow();
        Path archive = Path.of("target/cds/charte-ia-" + runtime + (Runtime.version().feature() >= 25 ? ".aot" : ".jsa"));

        Run json = run(Map.of("JAVA_HOME", System.getProperty("java.home")), "validate", "--format", "json",
                "samples/urgences-adultes.yaml");

        assertThat(archive).exists();
        assertThat(json.code()).isZero();
        // nothing from the JVM (archive warnings, logging) before or after the report
        assertThat(json.out().strip()).startsWith("[").endsWith("]");
        assertThat(json.err()).isEmpty();
    }

    @Test
    void javaOptsReachTheJvm() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "the launcher is made by mvn package on POSIX");

        Run run = run(Map.of("JAVA_OPTS", "-Xmx1m"), "validate", "samples/urgences-adultes.yaml");

        assertThat(run.code()).isNotZero();
        assertThat(run.all()).containsIgnoringCase("heap");
    }

    @Test
    void theLauncherReadsAccentedNamesAndLogosUnderTheCLocale(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "the launcher is made by mvn package on POSIX");
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "this JVM can pass an accented argument");
        Files.createDirectories(dir.resolve("médias"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                dir.resolve("médias/hôpital.png").toFile());
        String base = Files.readString(Path.of("src/test/resources/fr/charteia/validation/base.yaml"), StandardCharsets.UTF_8);
        Path questionnaire = Files.writeString(dir.resolve("été.yaml"), base.replaceFirst("(?m)^  name: Centre hospitalier de Valmont\\n",
                "  name: Centre hospitalier de Valmont — Pédiatrie\n  logo: médias/hôpital.png\n"), StandardCharsets.UTF_8);

        Run cLocale = run(Map.of("LC_ALL", "C", "LANG", "C"), "validate", questionnaire.toString());
        Run posixLang = run(Map.of("LANG", "POSIX"), "generate", "--format", "md", "--out", dir.resolve("sortie").toString(),
                questionnaire.toString());

        assertThat(cLocale.code()).as(cLocale.all()).isZero();
        assertThat(cLocale.out()).contains("été.yaml", "Verdict : valide");
        assertThat(posixLang.code()).as(posixLang.all()).isZero();
        assertThat(dir.resolve("sortie")).isNotEmptyDirectory();
    }

    private record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_OPTS");
        if (environment.containsKey("LANG")) {
            // the locale under test alone: none inherited from the machine's
            builder.environment().keySet().removeIf(name -> name.startsWith("LC_"));
        }
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the launcher did not finish");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
