package fr.charteia.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.charteia.model.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The normalised YAML ({@code extract --normalised}) reads back as the same questionnaire, in the
 * same bytes, and passes the JSON Schema: every value has the type the schema expects.
 */
class NormalisedYamlTest {

    /** The shipped schema, read with the validator's own Jackson 3, never fetching anything over the network. */
    private static final Schema SCHEMA = schema();

    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void normalisedYamlLoadsBackAsTheSameQuestionnaireAndIsStable(Path sample) throws Exception {
        Questionnaire original = loader.load(sample).questionnaire().orElseThrow();

        byte[] normalised = NormalisedYaml.of(original);
        LoadedQuestionnaire reloaded = loader.load("q.yaml", QuestionnaireFormat.YAML, normalised);

        assertThat(reloaded.problems()).isEmpty();
        assertThat(reloaded.questionnaire()).contains(original);
        assertThat(NormalisedYaml.of(reloaded.questionnaire().orElseThrow())).isEqualTo(normalised);
        assertThat(new String(normalised, StandardCharsets.UTF_8)).startsWith("# ").contains("\nschema: charte-ia/1\n");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void normalisedYamlOfEverySampleValidatesAgainstTheJsonSchema(Path sample) throws Exception {
        byte[] normalised = NormalisedYaml.of(loader.load(sample).questionnaire().orElseThrow());

        List<Error> errors = SCHEMA.validate(YAMLMapper.builder().build().readTree(normalised));

        assertThat(errors).extracting(Error::toString).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void trainsOnInputsIsWrittenAsABooleanOrUnknownNeverAsQuotedText(Path sample) throws Exception {
        String normalised = new String(NormalisedYaml.of(loader.load(sample).questionnaire().orElseThrow()), StandardCharsets.UTF_8);

        assertThat(normalised).contains("trains_on_inputs: ").doesNotContain("trains_on_inputs: \"");
        assertThat(normalised.lines().filter(line -> line.contains("trains_on_inputs: ")).map(String::strip).distinct())
                .isSubsetOf("trains_on_inputs: true", "trains_on_inputs: false", "trains_on_inputs: unknown");
    }

    private static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaLoader(schemaLoader -> schemaLoader.fetchRemoteResources(false)));
        try (InputStream in = NormalisedYamlTest.class.getResourceAsStream("/schema/charte-ia-1.schema.json")) {
            return registry.getSchema(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
