package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong SOURCE_DATE_EPOCH stops generate with a French message and exit 2, nothing written, and
 * disturbs no other command. The variable is read from the process environment, so each case runs
 * the command line in a JVM of its own.
 */
class SourceDateEpochCommandTest {

    private static final String SAMPLE = Path.of("samples/urgences-adultes.yaml").toAbsolutePath().toString();

    @TempDir
    Path folder;

    @Test
    void aValueThatIsNotANumberStopsGenerateWithAFrenchMessage() throws Exception {
        Run run = run("abc", "generate", SAMPLE, "--out", folder.resolve("out").toString(), "--format", "pdf,docx");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("La variable d'environnement SOURCE_DATE_EPOCH vaut « abc » : elle doit donner la "
                + "date des fichiers en nombre entier de secondes depuis le 1er janvier 1970 UTC, de 0 à 253402300799 "
                + "(31 décembre 9999). Corrigez-la, par exemple SOURCE_DATE_EPOCH=1798761600 pour le 1er janvier 2027, ou "
                + "retirez-la pour dater les fichiers de la date d'application.\nAucun document n'a été écrit.\n");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aYearPast9999IsRefusedBeforeAnyPdfIsMade() throws Exception {
        // 10000-01-01: the XMP and document information dates of PDF/A have four-digit years
        Run run = run("253402300800", "generate", SAMPLE, "--out", folder.resolve("out").toString(), "--format", "pdf");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("La variable d'environnement SOURCE_DATE_EPOCH vaut « 253402300800 » : elle doit "
                + "donner la date des fichiers en nombre entier de secondes depuis le 1er janvier 1970 UTC, de 0 à "
                + "253402300799 (31 décembre 9999).").doesNotContain("Exception", "\tat ");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void otherCommandsDoNotNeedTheVariable() throws Exception {
        String negative = "-1";

        Run validate = run(negative, "validate", SAMPLE);
        Run version = run(negative, "--version");
        Run init = run(negative, "init", folder.resolve("q.yaml").toString());
        Run schema = run(negative, "schema", "--out", folder.resolve("schema.json").toString());

        for (Run run : List.of(validate, version, init, schema)) {
            assertThat(run.code()).as(run.all()).isZero();
            assertThat(run.all()).doesNotContain("SOURCE_DATE_EPOCH", "Exception", "\tat ");
        }
        assertThat(validate.out()).contains("Verdict : valide");
        assertThat(folder.resolve("q.yaml")).isNotEmptyFile();
        assertThat(folder.resolve("schema.json")).isNotEmptyFile();
    }

    private record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Run run(String epoch, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SOURCE_DATE_EPOCH", epoch);
        Path out = Files.createTempFile(folder, "run", ".out");
        Path err = Files.createTempFile(folder, "run", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command line did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
