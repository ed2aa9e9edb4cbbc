package fr.charteia.web.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.starter.StarterQuestionnaire;
import fr.charteia.web.form.DraftYaml;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A participant's first draft: the starter questionnaire with their department's name. In a room with
 * an establishment baseline, the draft names the room's copy and leaves out what the baseline gives
 * (organisation and contacts, incident procedure, training, the catalogue's own tools), so the
 * participant writes only their department's rules.
 */
final class JoinDraft {

    private JoinDraft() {
    }

    /**
     * @param department the department's name, as the participant typed it
     * @param baseline the baseline's tree, when the room has one (only its catalogue's tool ids are read)
     */
    static byte[] yaml(String department, Optional<JsonNode> baseline) {
        ObjectNode starter = DraftYaml.read(StarterQuestionnaire.render().getBytes(StandardCharsets.UTF_8), false)
                .orElseThrow(() -> new IllegalStateException("the starter questionnaire is a mapping"));
        ((ObjectNode) starter.with("service")).put("name", department);
        if (baseline.isEmpty()) {
            return DraftYaml.write(starter);
        }
        ObjectNode draft = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = starter.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case "organisation", "incident", "training" -> {
                    // the baseline gives them to every department of the establishment
                }
                case "tools" -> draft.set("tools", withoutCatalogueTools((ArrayNode) field.getValue(), baseline.get()));
                default -> draft.set(field.getKey(), field.getValue());
            }
            if (field.getKey().equals("locale")) {
                draft.put("baseline", RoomOpening.BASELINE_FILE);
            }
        }
        return DraftYaml.write(draft);
    }

    /** A tool the catalogue describes is the catalogue's: declaring it again would contradict it (B-OVERRIDE). */
    private static ArrayNode withoutCatalogueTools(ArrayNode tools, JsonNode baseline) {
        Set<String> catalogue = new HashSet<>();
        baseline.path("tools").forEach(tool -> catalogue.add(tool.path("id").asText("")));
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        tools.forEach(tool -> {
            if (!catalogue.contains(tool.path("id").asText(""))) {
                kept.add(tool);
            }
        });
        return kept;
    }
}
