package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.charteia.load.FieldPaths;
import fr.charteia.model.BaselineProhibition;
import fr.charteia.model.Consultation;
import fr.charteia.model.Establishment;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init --etablissement} and {@code schema --etablissement}: a starter baseline that validates, and its schema. */
class EstablishmentCommandsTest {

    @TempDir
    Path folder;

    @Test
    void initEtablissementWritesAStarterBaselineThatValidatesWithoutError() throws IOException {
        Path file = folder.resolve("etablissement.yaml");

        CommandLineRun init = CommandLineRun.of("init", "--etablissement", file.toString());
        CommandLineRun validate = CommandLineRun.of("validate", "--format", "json", file.toString());

        assertThat(init.exitCode()).as(init.all()).isZero();
        assertThat(init.out()).startsWith("Socle d'établissement de départ écrit dans " + file + ".");
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).startsWith("# yaml-language-server: $schema=charte-ia-etablissement-1.schema.json\n")
                .contains("schema: charte-ia-etablissement/1").contains("validate " + file);
        assertThat(folder.resolve("charte-ia-etablissement-1.schema.json")).exists();
        assertThat(validate.exitCode()).as(validate.all()).isZero();
        JsonNode report = new ObjectMapper().readTree(validate.out()).get(0);
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("findings")).isEmpty();
    }

    @Test
    void initEtablissementNeverOverwritesAFileAndSuggestsAnotherName() throws IOException {
        Path file = folder.resolve("etablissement.yaml");
        Files.writeString(file, "à garder");

        CommandLineRun init = CommandLineRun.of("init", "--etablissement", file.toString());

        assertThat(init.exitCode()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(init.err()).contains("init --etablissement " + folder.resolve("etablissement-2.yaml"));
        assertThat(Files.readString(file)).isEqualTo("à garder");
    }

    @Test
    void aDepartmentNamingTheStarterBaselineInheritsItsOrganisation() throws IOException {
        Path baseline = folder.resolve("etablissement.yaml");
        CommandLineRun.of("init", "--etablissement", baseline.toString());
        Path department = folder.resolve("services/bloc.yaml");
        Files.createDirectories(department.getParent());
        Files.writeString(department, Files.readString(Path.of("samples/chu-valmont/services/bloc-operatoire.yaml"))
                .replace("tools: [copilot, assistant-chv]", "tools: [assistant-etablissement]")
                .replace("tools: [traducteur-pro]", "tools: [assistant-etablissement]")
                .replace("tools: [dictee-hds]", "tools: [assistant-etablissement]"));

        // the department lies outside the working directory: it is checked within its own folder, which the
        // baseline is not in; validated through the toolkit with the temporary folder as the tree instead
        var checked = fr.charteia.SampleDocuments.toolkit().validate(department, folder, java.util.Locale.FRENCH);

        assertThat(checked.valid()).as(checked.report().findings().toString()).isTrue();
        assertThat(checked.questionnaire().orElseThrow().organisation().name()).isEqualTo("Centre hospitalier de Valmont");
    }

    @Test
    void schemaEtablissementPrintsTheBaselinesSchema() throws IOException {
        CommandLineRun run = CommandLineRun.of("schema", "--etablissement");

        assertThat(run.exitCode()).isZero();
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.at("/properties/schema/const").asText()).isEqualTo("charte-ia-etablissement/1");
        assertThat(schema.get("title").asText()).isEqualTo("Socle d'établissement de charte IA (format charte-ia-etablissement/1)");
    }

    @Test
    void theBaselinesSchemaListsExactlyTheKeysOfItsRecords() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SchemaCommand.schema(SchemaCommand.ESTABLISHMENT_RESOURCE));

        assertThat(names(schema.get("properties"))).containsExactlyInAnyOrderElementsOf(keysOf(Establishment.class));
        assertThat(names(schema.at("/definitions/baselineProhibition/properties")))
                .containsExactlyInAnyOrderElementsOf(keysOf(BaselineProhibition.class));
        assertThat(names(schema.at("/definitions/consultation/properties")))
                .containsExactlyInAnyOrderElementsOf(keysOf(Consultation.class));
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        // every property says what it is, in French, for the editor
        schema.get("properties").fields().forEachRemaining(field -> assertThat(field.getValue().has("title")
                && field.getValue().has("description")).as(field.getKey()).isTrue());
    }

    @Test
    void theBaselinesSchemaAcceptsTheSampleBaseline() throws IOException {
        // the department schema, which the samples test against, now lets a department naming a baseline
        // leave its organisation out
        JsonNode department = new ObjectMapper().readTree(SchemaCommand.schema());
        assertThat(department.at("/then/required/0").asText()).isEqualTo("organisation");
        assertThat(department.at("/if/not/required/0").asText()).isEqualTo("baseline");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> keysOf(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).map(FieldPaths::yamlKey).toList();
    }
}
