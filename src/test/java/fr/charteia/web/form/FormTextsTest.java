package fr.charteia.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every word the steps show exists in French and in English, and neither file has a key the other lacks. */
class FormTextsTest {

    @Test
    void everyKeyTheStepsUseExistsInBothLanguages() {
        List<String> keys = usedKeys();
        assertThat(keys).hasSizeGreaterThan(150);
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            FormTexts texts = FormTexts.of(language);
            assertThat(keys).as(language.toString()).allSatisfy(key -> assertThat(texts.find(key)).as(key).isPresent());
        }
    }

    @Test
    void bothFilesHaveTheSameKeys() {
        assertThat(FormTexts.of(Locale.ENGLISH).keys()).containsExactlyInAnyOrderElementsOf(FormTexts.of(Locale.FRENCH).keys());
        assertThat(FormTexts.of(Locale.ENGLISH).get("option.yes")).isNotEqualTo(FormTexts.of(Locale.FRENCH).get("option.yes"));
    }

    private static List<String> usedKeys() {
        List<String> keys = new ArrayList<>(List.of("option.none", "option.yes", "option.no", "option.unknown",
                "option.undeclared", "row.unnamed"));
        for (Severity severity : Severity.values()) {
            keys.add("severity." + severity.name());
        }
        for (Field.Target target : Field.Target.values()) {
            keys.add("option.all." + target.list());
        }
        for (int n = 1; n <= QuestionnaireSteps.COUNT; n++) {
            keys.add("step." + n + ".short");
            if (n < QuestionnaireSteps.REVIEW) {
                keys.add("step." + n + ".title");
                keys.add("step." + n + ".intro");
            }
        }
        for (Step step : QuestionnaireSteps.all()) {
            step.fields().forEach(field -> collect("", field, keys));
        }
        return keys;
    }

    private static void collect(String prefix, Field field, List<String> keys) {
        String path = prefix.isEmpty() ? field.key() : prefix + "." + field.key();
        if (field instanceof Field.Group group) {
            keys.add("legend." + path);
            group.fields().forEach(inner -> collect(path, inner, keys));
        } else if (field instanceof Field.Rows rows) {
            for (String kind : List.of("legend.", "row.", "remove.", "add.", "suggest.")) {
                keys.add(kind + path);
            }
            rows.fields().forEach(inner -> collect(path, inner, keys));
        } else {
            keys.add("label." + path);
            if (field instanceof Field.Choice choice) {
                choice.codes().forEach(code -> keys.add("option." + path + "." + code));
            }
        }
    }
}
