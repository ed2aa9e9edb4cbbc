package fr.charteia.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.TrainsOnInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A questionnaire written back as YAML in one canonical form (keys in format order, defaults and
 * empty parts left out, comments dropped), for tools ({@code extract --normalised}): loading it
 * gives the same questionnaire, writing that again gives the same bytes, and every value has the
 * type the JSON Schema expects (booleans unquoted, numbers-looking text quoted).
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
            .addModule(new SimpleModule("charte-ia booleans").addSerializer(TrainsOnInputs.class, new TrainsOnInputsAsBoolean()))
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

    /**
     * {@code trains_on_inputs} is a boolean or {@code unknown}: the enum's text form would write
     * {@code "false"}, a string that the JSON Schema (and the author's intent) says is not a boolean.
     */
    private static final class TrainsOnInputsAsBoolean extends StdSerializer<TrainsOnInputs> {

        TrainsOnInputsAsBoolean() {
            super(TrainsOnInputs.class);
        }

        @Override
        public void serialize(TrainsOnInputs value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            switch (value) {
                case TRUE -> generator.writeBoolean(true);
                case FALSE -> generator.writeBoolean(false);
                case UNKNOWN -> generator.writeString(value.code());
            }
        }
    }
}
