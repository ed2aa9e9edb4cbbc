package fr.charteia.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.charteia.model.Questionnaire;
import java.nio.charset.StandardCharsets;

/**
 * A questionnaire written back as YAML in one canonical form (keys in format order, defaults and
 * empty parts left out, comments dropped). It is what documents carry inside them: loading it
 * gives the same questionnaire, and writing that again gives the same bytes.
 */
public final class NormalisedYaml {

    private static final String HEADER = "# Questionnaire charte-ia, forme normalisée, extrait d'un document généré.\n";

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .build();

    private NormalisedYaml() {
    }

    public static byte[] of(Questionnaire questionnaire) {
        try {
            return (HEADER + MAPPER.writeValueAsString(questionnaire)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated questionnaire always serialises: " + e.getMessage(), e);
        }
    }
}
