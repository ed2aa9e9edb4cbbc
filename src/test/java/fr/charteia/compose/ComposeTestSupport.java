package fr.charteia.compose;

import fr.charteia.load.QuestionnaireFormat;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.model.Questionnaire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Questionnaires for compose tests: a sample, possibly edited. */
final class ComposeTestSupport {

    private ComposeTestSupport() {
    }

    static String sampleText(String name) {
        try {
            return Files.readString(Path.of("samples", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Questionnaire questionnaire(String yaml) {
        try {
            return new QuestionnaireLoader().load("test.yaml", QuestionnaireFormat.YAML, yaml.getBytes(StandardCharsets.UTF_8))
                    .questionnaire().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Questionnaire sample(String name) {
        return questionnaire(sampleText(name));
    }

    /** Replaces one exact fragment, failing if it is not there once: an edit must not silently miss. */
    static String replacingOnce(String text, String fragment, String replacement) {
        int first = text.indexOf(fragment);
        if (first < 0 || text.indexOf(fragment, first + 1) >= 0) {
            throw new IllegalArgumentException("fragment must occur exactly once: " + fragment);
        }
        return text.substring(0, first) + replacement + text.substring(first + fragment.length());
    }
}
