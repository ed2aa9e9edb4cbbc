package fr.charteia.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The keys of a questionnaire in the order of the format (the order of the samples and of
 * {@code init}), so that a draft saved by the form reads like a hand-written one. Keys the list does
 * not name keep their place after the known ones.
 */
final class KeyOrder {

    private static final List<String> TOP = List.of("schema", "locale", "organisation", "service", "document", "roles",
            "tools", "data", "uses", "authorised", "forbidden", "situations", "practices", "incident", "traceability",
            "training");

    /** Known keys of the objects at each schema path ({@code tools[]} for the items of {@code tools}). */
    private static final Map<String, List<String>> ORDER = Map.ofEntries(
            Map.entry("", TOP),
            Map.entry("organisation", List.of("name", "logo", "director", "contacts")),
            Map.entry("organisation.contacts", List.of("dpo", "security_officer", "ai_referent")),
            Map.entry("service", List.of("name", "unit", "manager")),
            Map.entry("document", List.of("reference", "version", "effective_date", "review_date", "written_by",
                    "reviewed_by", "approved_by", "parent_reference", "distribution")),
            Map.entry("roles[]", List.of("id", "label", "short_label", "kind")),
            Map.entry("tools[]", List.of("id", "name", "short_name", "kind", "hosting", "contract", "trains_on_inputs",
                    "ce_marked", "account", "dpia", "record", "patient_notice")),
            Map.entry("data[]", List.of("id", "label", "kind", "about", "examples")),
            Map.entry("uses[]", List.of("id", "label", "kind", "description")),
            Map.entry("authorised[]", List.of("use", "roles", "tools", "data", "human_validation", "conditions")),
            Map.entry("forbidden[]", List.of("use", "roles", "tools", "data", "reason", "statement")),
            Map.entry("situations[]", List.of("situation", "risk", "reflex")),
            Map.entry("training[]", List.of("title", "audience", "date", "roles")));

    private KeyOrder() {
    }

    static ObjectNode sorted(ObjectNode questionnaire) {
        return sorted(questionnaire, "");
    }

    private static ObjectNode sorted(ObjectNode object, String path) {
        List<String> known = ORDER.getOrDefault(path, List.of("name", "title", "email", "phone"));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (String key : known) {
            if (object.has(key)) {
                result.set(key, sortedValue(object.get(key), child(path, key)));
            }
        }
        List<String> others = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            others.add(names.next());
        }
        for (String key : others) {
            if (!result.has(key)) {
                result.set(key, sortedValue(object.get(key), child(path, key)));
            }
        }
        return result;
    }

    private static JsonNode sortedValue(JsonNode value, String path) {
        if (value instanceof ObjectNode object) {
            return sorted(object, path);
        }
        if (value instanceof ArrayNode array) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> result.add(sortedValue(item, path + "[]")));
            return result;
        }
        return value;
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
