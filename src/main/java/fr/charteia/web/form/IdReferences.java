package fr.charteia.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.charteia.web.form.Field.Target;

/**
 * Keeps the rules in step with the declarations they name: renaming a tool's id renames it in every
 * rule; removing a tool takes it out of the rules' lists (a rule left with an empty list is then
 * reported by the validator, where the user sees it).
 */
final class IdReferences {

    private IdReferences() {
    }

    static void rename(ObjectNode questionnaire, Target target, String from, String to) {
        forEachReference(questionnaire, target, (holder, key) -> {
            JsonNode value = holder.get(key);
            if (value instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).asText().equals(from)) {
                        array.set(i, TextNode.valueOf(to));
                    }
                }
            } else if (value != null && value.asText().equals(from)) {
                holder.put(key, to);
            }
        });
    }

    static void remove(ObjectNode questionnaire, Target target, String id) {
        forEachReference(questionnaire, target, (holder, key) -> {
            if (holder.get(key) instanceof ArrayNode array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (array.get(i).asText().equals(id)) {
                        array.remove(i);
                    }
                }
            }
        });
    }

    private interface ReferenceHolder {
        void visit(ObjectNode holder, String key);
    }

    /** Every place ({@code list[].key}) where ids of {@code target} are written. */
    private static void forEachReference(ObjectNode questionnaire, Target target, ReferenceHolder visitor) {
        for (String place : target.referencedFrom()) {
            String list = place.substring(0, place.indexOf("[]"));
            String key = place.substring(place.indexOf("].") + 2);
            for (JsonNode row : questionnaire.path(list)) {
                if (row instanceof ObjectNode object && object.has(key)) {
                    visitor.visit(object, key);
                }
            }
        }
    }
}
