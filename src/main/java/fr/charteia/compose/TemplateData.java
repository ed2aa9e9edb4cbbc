package fr.charteia.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML data files of a template folder ({@code references.yaml}, {@code situations.yaml}, the room's
 * {@code positionnement.yaml} and {@code satisfaction.yaml}), read one strict way: an unknown key is an
 * error, keys are snake_case, and a missing or unreadable file is a {@link TemplateException} naming it.
 */
public final class TemplateData {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private TemplateData() {
    }

    /** The file {@code name} of {@code templates} as {@code type}; null when the file holds nothing. */
    public static <T> T read(TemplateSet templates, String name, TypeReference<T> type) {
        String text = templates.read(name).orElseThrow(() -> TemplateException.missing(name));
        try {
            return YAML.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw TemplateException.unreadableData(templates.describe(name), name, e);
        }
    }
}
