package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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

    private static final Launcher JAR = new Launcher("java -jar ../charte-ia/target/charte-ia.jar");

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
    void existingFileIsLeftUntouchedAndAFreeNameIsSuggested() throws IOException {
        Path file = Files.writeString(dir.resolve("mon-service.yaml"), "mon travail\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("mon-service-2.yaml"), "autre travail\n", StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of(JAR, "init", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Le fichier " + file + " existe déjà : il n'a pas été modifié. Choisissez un autre nom, "
                + "par exemple :\n  java -jar ../charte-ia/target/charte-ia.jar init " + dir.resolve("mon-service-3.yaml")
                + "\nou supprimez d'abord l'ancien fichier.\n");
        assertThat(Files.readString(file)).isEqualTo("mon travail\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("mon-service-2.yaml", "mon-service.yaml");
        }
    }

    @Test
    void freeNameCountsOnFromANumberedName() throws IOException {
        Files.writeString(dir.resolve("service-7.yml"), "");

        assertThat(InitCommand.freeName(dir.resolve("service-7.yml"))).isEqualTo(dir.resolve("service-8.yml"));
        assertThat(InitCommand.freeName(Path.of("questionnaire.yaml"))).isEqualTo(Path.of("questionnaire-2.yaml"));
        assertThat(InitCommand.freeName(Path.of("sans-extension"))).isEqualTo(Path.of("sans-extension-2"));
    }

    @Test
    void hintsAndStarterCommentsNameTheCommandAsTheUserCanTypeIt() throws IOException {
        Path file = dir.resolve("mon service.yaml");

        CommandLineRun run = CommandLineRun.of(JAR, "init", file.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        String validate = "java -jar ../charte-ia/target/charte-ia.jar validate \"" + file + "\"";
        assertThat(run.out()).isEqualTo("Questionnaire de départ écrit dans " + file + ".\n"
                + "Schéma JSON écrit dans " + dir.resolve("charte-ia-1.schema.json") + " : un éditeur qui lit la première ligne "
                + "du questionnaire (VS Code avec l'extension YAML) complète et vérifie les champs.\n"
                + "Complétez les valeurs marquées « À COMPLÉTER », adaptez les listes à votre service, puis vérifiez-le :\n"
                + "  " + validate + "\n");
        assertThat(Files.readString(file)).contains("# VÉRIFIER LE FICHIER\n#   " + validate + "\n")
                .doesNotContain("target/charte-ia.jar validate questionnaire.yaml");
    }

    @Test
    void starterPointsEditorsToTheSchemaWrittenBesideIt() throws IOException {
        Path file = dir.resolve("mon-service.yaml");

        CommandLineRun.of("init", file.toString());

        assertThat(Files.readString(file).lines().findFirst()).contains("# yaml-language-server: $schema=charte-ia-1.schema.json");
        try (InputStream shipped = InitCommand.class.getResourceAsStream("/schema/charte-ia-1.schema.json")) {
            assertThat(Files.readAllBytes(dir.resolve("charte-ia-1.schema.json"))).isEqualTo(shipped.readAllBytes());
        }
    }

    @Test
    void existingSchemaIsKeptAsItIs() throws IOException {
        Path schema = Files.writeString(dir.resolve("charte-ia-1.schema.json"), "{\"mon\": \"schéma\"}");

        CommandLineRun run = CommandLineRun.of("init", dir.resolve("mon-service.yaml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Schéma JSON : " + schema + " existe déjà, il n'a pas été modifié.\n");
        assertThat(Files.readString(schema)).isEqualTo("{\"mon\": \"schéma\"}");
    }
}
