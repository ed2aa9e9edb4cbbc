package fr.charteia.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.model.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The YAML carried inside documents reads back as the same questionnaire, in the same bytes. */
class NormalisedYamlTest {

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
}
