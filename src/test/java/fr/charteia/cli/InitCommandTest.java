package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The init command writes a starter that validation refuses until every « À COMPLÉTER » is replaced,
 * and never overwrites anything.
 */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void starterQuestionnaireIsRefusedWithOnePlaceholderErrorPerFieldToFill() throws IOException {
        Path file = dir.resolve("mon-service.yaml");

        CommandLineRun init = CommandLineRun.of("init", file.toString());
        CommandLineRun validate = CommandLineRun.of("validate", "--format", "json", file.toString());

        assertThat(init.exitCode()).as(init.all()).isZero();
        assertThat(init.out()).contains("Questionnaire de départ écrit dans " + file);
        assertThat(Files.readString(file)).startsWith("#").contains("schema: charte-ia/1", "À COMPLÉTER");
        assertThat(validate.exitCode()).as(validate.out()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(validate.out()).get(0).get("findings");
        List<JsonNode> errors = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("severity").asText().equals("ERROR")) {
                errors.add(f);
            }
        });
        assertThat(errors).hasSize(19).allSatisfy(error -> {
            assertThat(error.get("code").asText()).isEqualTo("G-PLACEHOLDER");
            assertThat(error.get("line").asInt()).isPositive();
        });
        assertThat(errors).extracting(e -> e.get("path").asText())
                .contains("organisation.name", "organisation.contacts.dpo.email", "service.name", "traceability")
                .doesNotHaveDuplicates();
        assertThat(findings).extracting(f -> f.get("code").asText()).containsOnly("G-PLACEHOLDER", "D-DPIA");
    }

    @Test
    void starterQuestionnaireValidatesOnceEveryPlaceholderIsReplaced() throws IOException {
        Path file = dir.resolve("mon-service.yaml");
        CommandLineRun.of("init", file.toString());
        Files.writeString(file, Files.readString(file).replace("À COMPLÉTER", "Valmont").replace("A-COMPLETER", "ch-valmont"));

        CommandLineRun validate = CommandLineRun.of("validate", file.toString());

        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("Verdict : valide (0 erreur, 9 avertissements).").doesNotContain("[G-PLACEHOLDER]");
    }

    @Test
    void existingFileIsLeftUntouched() throws IOException {
        Path file = Files.writeString(dir.resolve("questionnaire.yaml"), "mon travail\n", StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("init", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Le fichier " + file + " existe déjà : il n'a pas été modifié.");
        assertThat(Files.readString(file)).isEqualTo("mon travail\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
