package fr.charteia.web.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.charteia.web.form.DraftYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main answers of a participant's draft, as the trainer reads them before validating the rules: the
 * tools, the data, what is authorised and what is forbidden. Read from the draft as written, so an
 * unfinished draft (with errors) is summarised too; ids are shown by their labels where the draft has them.
 */
final class TrainerDraftSummary {

    private TrainerDraftSummary() {
    }

    /** The summary's lists, each a list of lines; a draft that does not parse has empty lists. */
    static Map<String, Object> of(byte[] yaml) {
        JsonNode tree = DraftYaml.read(yaml, false).orElseGet(JsonNodeFactory.instance::objectNode);
        Map<String, String> tools = labels(tree.path("tools"), "name");
        Map<String, String> data = labels(tree.path("data"), "label");
        Map<String, String> uses = labels(tree.path("uses"), "label");
        List<String> authorised = new ArrayList<>();
        for (JsonNode rule : tree.path("authorised")) {
            authorised.add(line(rule, uses, tools, data, "conditions"));
        }
        List<String> forbidden = new ArrayList<>();
        for (JsonNode rule : tree.path("forbidden")) {
            forbidden.add(line(rule, uses, tools, data, "reason"));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("tools", List.copyOf(tools.values()));
        summary.put("data", List.copyOf(data.values()));
        summary.put("authorised", authorised);
        summary.put("forbidden", forbidden);
        summary.put("hasTools", !tools.isEmpty());
        summary.put("hasData", !data.isEmpty());
        summary.put("hasAuthorised", !authorised.isEmpty());
        summary.put("hasForbidden", !forbidden.isEmpty());
        return summary;
    }

    private static Map<String, String> labels(JsonNode list, String field) {
        Map<String, String> labels = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode item : list) {
            String id = item.path("id").asText("#" + ++n);
            String label = item.path(field).asText("").strip();
            labels.put(id, label.isEmpty() ? id : label);
        }
        return labels;
    }

    /** « use — tools — data : conditions or reason », each part only when the rule gives it. */
    private static String line(JsonNode rule, Map<String, String> uses, Map<String, String> tools,
            Map<String, String> data, String detail) {
        List<String> parts = new ArrayList<>();
        String use = names(rule.path("use"), uses);
        parts.add(use.isEmpty() ? "?" : use);
        String toolNames = names(rule.path("tools"), tools);
        if (!toolNames.isEmpty()) {
            parts.add(toolNames);
        }
        String dataNames = names(rule.path("data"), data);
        if (!dataNames.isEmpty()) {
            parts.add(dataNames);
        }
        String text = String.join(" — ", parts);
        // conditions are sentences: side by side, not a comma list
        List<String> sentences = new ArrayList<>();
        JsonNode details = rule.path(detail);
        if (details.isArray()) {
            details.forEach(item -> sentences.add(item.asText("").strip()));
        } else if (details.isValueNode()) {
            sentences.add(details.asText("").strip());
        }
        String more = String.join(" ", sentences.stream().filter(s -> !s.isEmpty()).toList());
        return more.isEmpty() ? text : text + " : " + more;
    }

    private static String names(JsonNode node, Map<String, String> labels) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> names.add(name(item.asText(""), labels)));
        } else if (!node.isMissingNode() && !node.isNull()) {
            names.add(name(node.asText(""), labels));
        }
        return String.join(", ", names.stream().filter(s -> !s.isBlank()).toList());
    }

    private static String name(String id, Map<String, String> labels) {
        if (id.equals("*")) {
            return "tous";
        }
        return labels.getOrDefault(id, id);
    }
}
