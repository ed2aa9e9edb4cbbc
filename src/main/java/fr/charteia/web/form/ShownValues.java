package fr.charteia.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What a step shows for the value of a field. The page shows it and the binding compares the posted
 * value with it: a field posted back as it was shown is left exactly as the file wrote it (a number,
 * an odd type the validator reports, the order of a list), so opening and saving a step never
 * changes the questionnaire.
 */
final class ShownValues {

    private ShownValues() {
    }

    /** A text input's value: the scalar as written, nothing for null, a list or an object. */
    static String text(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    /** A text area of lines: one scalar item per line. */
    static String lines(JsonNode value) {
        if (!value.isArray()) {
            return "";
        }
        return StreamSupport.stream(value.spliterator(), false).map(ShownValues::text)
                .collect(Collectors.joining("\n"));
    }

    /** The chosen radio button: {@code true}, {@code false}, or the text written. */
    static String yesNo(JsonNode value) {
        return value.isBoolean() ? String.valueOf(value.asBoolean()) : text(value);
    }

    /** The ticked check boxes: the list's scalar items. */
    static Set<String> references(JsonNode value) {
        Set<String> ticked = new LinkedHashSet<>();
        if (value.isArray()) {
            value.forEach(item -> {
                String text = text(item);
                if (!text.isEmpty()) {
                    ticked.add(text);
                }
            });
        }
        return ticked;
    }
}
