package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command: report shapes, languages and exit codes. */
class ValidateCommandTest {

    /** A questionnaire with no finding at all, kept by the rule tests; the samples may carry warnings. */
    private static final Path BASE = Path.of("src/test/resources/fr/charteia/validation/base.yaml");

    @TempDir
    Path dir;

    @Test
    void textReportListsErrorsThenWarningsThenAVerdict() throws IOException {
        Path file = write("mixte.yaml", Files.readString(Path.of("samples/invalid/g-training-with-c-human.yaml")));

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String out = run.out();
        assertThat(out).startsWith("== " + file);
        assertThat(out.indexOf("Erreurs :")).isLessThan(out.indexOf("Avertissements :"));
        assertThat(out).containsPattern("\n  authorised\\[\\d+]\\.human_validation \\(ligne \\d+\\) — L'usage « .+ » \\(.+\\) est un usage "
                + "clinique \\(.+\\) autorisé sans validation humaine.+ \\[C-HUMAN]\n");
        assertThat(out).contains("\n  training — Des outils sont autorisés mais aucune action de formation", "[G-TRAINING]\n");
        assertThat(out).contains("Verdict : NON VALIDE (1 erreur, 1 avertissement)");
    }

    @Test
    void warningsAloneKeepExitCodeZero() throws IOException {
        // the rule tests' reference questionnaire, with the account of its public chatbot left out
        Path file = write("avertissement.yaml", Files.readString(BASE).replace(
                "    account: professional\n  - id: copilot", "  - id: copilot"));

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Avertissements :", "[D-ACCOUNT]", "Verdict : valide (0 erreur, 1 avertissement).");
    }

    @Test
    void englishReportUsesEnglishMessagesAndWords() {
        CommandLineRun run = CommandLineRun.of("validate", "--lang", "en", "samples/invalid/d-public-personal.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Errors:", "a consumer tool must not receive any personal data", "[D-PUBLIC-PERSONAL]",
                "Verdict: NOT VALID (1 error, 0 warnings)");
    }

    @Test
    void jsonReportHasOneObjectPerFileWithItsFindings() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", "--format", "json", BASE.toString(), "samples/invalid/q-ref.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode reports = new ObjectMapper().readTree(run.out());
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).get("file").asText()).isEqualTo(BASE.toString());
        assertThat(reports.get(0).get("valid").asBoolean()).isTrue();
        assertThat(reports.get(0).get("findings")).isEmpty();
        JsonNode finding = reports.get(1).get("findings").get(0);
        assertThat(reports.get(1).get("valid").asBoolean()).isFalse();
        assertThat(finding.get("code").asText()).isEqualTo("Q-REF");
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("path").asText()).matches("(authorised|forbidden)\\[\\d+]\\.(use|roles|tools|data)(\\[\\d+])?");
        assertThat(finding.get("message").asText()).contains("n'est pas déclaré");
        assertThat(finding.get("line").asInt()).isPositive();
    }

    @Test
    void severalFilesEndWithASummaryAndTheWorstExitCode() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", BASE.toString(), "samples/invalid/q-ref.yaml",
                dir.resolve("absent.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("Bilan : 3 fichiers, 1 valides, 1 non valides, 1 illisibles.");
    }

    @Test
    void versionNamesTheToolAndTheFormat() {
        CommandLineRun run = CommandLineRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("charte-ia \\d+\\.\\d+\\.\\d+").contains("charte-ia/1");
    }

    @Test
    void schemaCommandPrintsTheJsonSchemaOfFormatV1() throws IOException {
        CommandLineRun run = CommandLineRun.of("schema");

        assertThat(run.exitCode()).isZero();
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.at("/properties/schema/const").asText()).isEqualTo("charte-ia/1");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
