package fr.charteia.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.SampleDocuments;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import fr.charteia.validation.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The key property of the guided questionnaire: showing every step of a questionnaire and posting
 * it back unchanged, as a browser would, changes nothing the validator or the composer sees.
 */
class FormRoundTripTest {

    private static final Toolkit TOOLKIT = SampleDocuments.toolkit();

    @TestFactory
    Stream<DynamicTest> everySampleSurvivesEveryStepPostedBackUnchanged() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("samples")), Files.list(Path.of("samples/invalid")))) {
            List<Path> questionnaires = files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)")).sorted().toList();
            assertThat(questionnaires).hasSizeGreaterThan(60);
            return questionnaires.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> roundTrip(file)));
        }
    }

    private static void roundTrip(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean json = file.toString().endsWith(".json");
        Optional<ObjectNode> read = DraftYaml.read(bytes, json);
        if (read.isEmpty()) {
            return; // not a mapping: the import refuses it, no form shows it
        }
        ObjectNode tree = read.get();
        Locale language = "en".equals(tree.path("locale").asText()) ? Locale.ENGLISH : Locale.FRENCH;
        for (Step step : QuestionnaireSteps.all()) {
            StepPage.Model model = StepPage.of(tree, step, List.of(), language);
            Map<String, List<String>> posted = PostedForm.of(model);
            FormBinding.apply(tree, step, posted);
        }
        byte[] written = DraftYaml.write(tree);
        CheckedQuestionnaire before = TOOLKIT.validate(new QuestionnaireSource("questionnaire" + (json ? ".json" : ".yaml"),
                bytes, Optional.empty()), language);
        CheckedQuestionnaire after = TOOLKIT.validate(new QuestionnaireSource("questionnaire.yaml", written,
                Optional.empty()), language);
        assertThat(describe(after.report().findings()))
                .as("findings of %s after posting every step back", file)
                .containsExactlyElementsOf(describe(before.report().findings()));
        assertThat(after.valid()).isEqualTo(before.valid());
        if (before.valid()) {
            assertThat(TOOLKIT.compose(after, DocumentKind.CHARTER).markdown().lines())
                    .as("charter of %s after posting every step back", file)
                    .containsExactlyElementsOf(TOOLKIT.compose(before, DocumentKind.CHARTER).markdown().lines().toList());
        }
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.code().code() + " " + f.path() + " " + f.message()).toList();
    }
}
