package fr.charteia.load;

import java.util.Locale;
import java.util.Optional;

/** The two syntaxes a questionnaire may be written in, chosen by file extension. */
public enum QuestionnaireFormat {
    YAML, JSON;

    public static Optional<QuestionnaireFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
