package fr.charteia.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.SampleDocuments;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftYamlTest {

    private static final List<String> TRICKY = List.of("1.10", "010", "no", "yes", "true", "2027-01-04", "~", "null",
            "a: b", "x # not a comment", "# leading hash", "- dash", "[1, 2]", "{a: 1}", "@at", "`tick", "'quote'",
            "\"double\"", "line one\nline two\n  indented", "emoji 𝄞 😀", "« guillemets »", "0x1F", ".inf", "1e3",
            "", "  spaces kept by the file  ");

    @Test
    void textsYamlWouldMisreadAreWrittenSoTheyReadBackAsTheSameText() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        ObjectNode values = tree.putObject("values");
        for (int i = 0; i < TRICKY.size(); i++) {
            values.put("k" + i, TRICKY.get(i));
        }
        tree.putArray("list").add("no").add("2027-01-04").add("« a »");
        byte[] yaml = DraftYaml.write(tree);
        ObjectNode back = DraftYaml.read(yaml, false).orElseThrow();
        assertThat(back).isEqualTo(tree);
        for (int i = 0; i < TRICKY.size(); i++) {
            assertThat(back.path("values").path("k" + i).isTextual()).as(TRICKY.get(i)).isTrue();
        }
    }

    @Test
    void numbersBooleansAndNullsKeepTheirTypeAndExactDigits() {
        ObjectNode tree = DraftYaml.read("version: 1.10\ncount: 010\nyes_no: true\nnothing: ~\nbig: 12345678901234567890\n"
                .getBytes(StandardCharsets.UTF_8), false).orElseThrow();
        ObjectNode back = DraftYaml.read(DraftYaml.write(tree), false).orElseThrow();
        assertThat(back).isEqualTo(tree);
        assertThat(back.path("version").decimalValue()).isEqualTo(new BigDecimal("1.10"));
        assertThat(back.path("yes_no").isBoolean()).isTrue();
        assertThat(new String(DraftYaml.write(tree), StandardCharsets.UTF_8)).contains("yes_no: true\n")
                .contains("version: 1.10\n");
        assertThat(back.path("nothing").isNull()).isTrue();
    }

    @Test
    void theFormTrimsWhatIsTypedButTheFileKeepsItsSpaces() {
        ObjectNode tree = DraftYaml.read("service:\n  name: ' Cardiologie '\n  unit: ' Pôle '\n".getBytes(StandardCharsets.UTF_8),
                false).orElseThrow();
        FormBinding.apply(tree, QuestionnaireSteps.step(2).orElseThrow(),
                Map.of("service.name", List.of("  Urgences adultes \r\n"), "service.unit", List.of(" Pôle ")));
        ObjectNode back = DraftYaml.read(DraftYaml.write(tree), false).orElseThrow();
        assertThat(back.path("service").path("name").asText()).isEqualTo("Urgences adultes");
        assertThat(back.path("service").path("unit").asText()).isEqualTo(" Pôle ");
    }

    @Test
    void aJsonQuestionnaireBecomesYamlThatLoadsToTheSameQuestionnaire() throws IOException {
        for (Path json : List.of(Path.of("samples/invalid/q-ref.json"), Path.of("samples/invalid/d-health-hosting.json"),
                Path.of("samples/invalid/q-schema-unknown-key.json"))) {
            byte[] bytes = Files.readAllBytes(json);
            byte[] yaml = DraftYaml.write(DraftYaml.read(bytes, true).orElseThrow());
            CheckedQuestionnaire fromJson = SampleDocuments.toolkit().validate(
                    new QuestionnaireSource("q.json", bytes, Optional.empty()), Locale.FRENCH);
            CheckedQuestionnaire fromYaml = SampleDocuments.toolkit().validate(
                    new QuestionnaireSource("q.yaml", yaml, Optional.empty()), Locale.FRENCH);
            assertThat(fromYaml.questionnaire()).as(json.toString()).isEqualTo(fromJson.questionnaire());
            assertThat(fromYaml.report().findings().stream().map(f -> f.code() + f.path() + f.message()).toList())
                    .isEqualTo(fromJson.report().findings().stream().map(f -> f.code() + f.path() + f.message()).toList());
        }
    }

    @Test
    void whatIsNotAMappingIsNotADraft() {
        assertThat(DraftYaml.read("[1, 2]".getBytes(StandardCharsets.UTF_8), true)).isEmpty();
        assertThat(DraftYaml.read("- a".getBytes(StandardCharsets.UTF_8), false)).isEmpty();
        assertThat(DraftYaml.read("a: [".getBytes(StandardCharsets.UTF_8), false)).isEmpty();
        assertThat(DraftYaml.read(new byte[0], false)).isEmpty();
        assertThat(DraftYaml.read(new byte[] {0, (byte) 0xff, 0x13}, false)).isEmpty();
    }
}
