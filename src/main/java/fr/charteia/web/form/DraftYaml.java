package fr.charteia.web.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A draft as the form edits it: the questionnaire as a tree of YAML values, read from YAML or JSON and
 * written back as YAML the loader reads to the same values (booleans unquoted, text that looks like
 * a number or a date quoted, decimals such as {@code 1.10} kept as written). Comments are not kept:
 * the form's own hints replace them.
 */
public final class DraftYaml {

    private static final JsonNodeFactory EXACT = JsonNodeFactory.withExactBigDecimals(true);

    private static final ObjectMapper YAML_READER = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(EXACT)
            .build();

    private static final ObjectMapper JSON_READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(EXACT)
            .build();

    private static final ObjectMapper YAML_WRITER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private static final String HEADER = "# Questionnaire charte-ia, enregistré par le questionnaire guidé (charte-ia serve).\n";

    private DraftYaml() {
    }

    /**
     * The tree of a questionnaire file, if it is a YAML or JSON mapping; empty when it cannot be read
     * that way (the validator then says why, with line and column).
     */
    public static Optional<ObjectNode> read(byte[] questionnaire, boolean json) {
        try {
            JsonNode tree = (json ? JSON_READER : YAML_READER).readTree(questionnaire);
            return tree instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The tree as a YAML questionnaire, keys in the format's order. */
    public static byte[] write(ObjectNode questionnaire) {
        try {
            return (HEADER + YAML_WRITER.writeValueAsString(KeyOrder.sorted(questionnaire))).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML always writes", e);
        }
    }
}
