package fr.charteia.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.charteia.web.form.Field.Choice;
import fr.charteia.web.form.Field.Group;
import fr.charteia.web.form.Field.Lines;
import fr.charteia.web.form.Field.Reference;
import fr.charteia.web.form.Field.References;
import fr.charteia.web.form.Field.Rows;
import fr.charteia.web.form.Field.Text;
import fr.charteia.web.form.Field.YesNo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a step's posted values into the draft. Only fields the form showed are changed (a field is
 * shown when its name was posted; check boxes and radio buttons post an empty value first, so that
 * unticking all of them is seen); keys the form does not know are kept. An empty value removes its
 * key, so a missing answer is reported by the validator where it belongs.
 */
public final class FormBinding {

    /** The hidden field holding how many rows a list showed: {@code tools.__rows}. */
    public static final String ROWS_SUFFIX = ".__rows";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, List<String>> posted;

    private FormBinding(Map<String, List<String>> posted) {
        this.posted = posted;
    }

    /** Applies the posted values of {@code step} to {@code draft}, in place. */
    public static void apply(ObjectNode draft, Step step, Map<String, List<String>> posted) {
        FormBinding binding = new FormBinding(posted);
        for (Field field : step.fields()) {
            binding.apply(draft, "", field);
        }
    }

    private void apply(ObjectNode parent, String prefix, Field field) {
        String path = prefix.isEmpty() ? field.key() : prefix + "." + field.key();
        if (field instanceof Text text) {
            if (posted.containsKey(path)) {
                String value = clean(first(path));
                set(parent, text.key(), value.isEmpty() ? null : TextNode.valueOf(value));
            }
        } else if (field instanceof Choice || field instanceof Reference) {
            if (posted.containsKey(path)) {
                String value = clean(first(path));
                set(parent, field.key(), value.isEmpty() ? null : TextNode.valueOf(value));
            }
        } else if (field instanceof YesNo yesNo) {
            if (posted.containsKey(path)) {
                set(parent, yesNo.key(), yesNo(filled(path), yesNo.unknownAllowed()));
            }
        } else if (field instanceof Lines lines) {
            if (posted.containsKey(path)) {
                ArrayNode array = NODES.arrayNode();
                for (String line : clean(String.join("\n", posted.get(path))).split("\n")) {
                    if (!line.isBlank()) {
                        array.add(line.strip());
                    }
                }
                set(parent, lines.key(), array.isEmpty() ? null : array);
            }
        } else if (field instanceof References references) {
            if (posted.containsKey(path)) {
                Set<String> values = new LinkedHashSet<>(filled(path));
                ArrayNode array = NODES.arrayNode();
                if (values.contains("*")) {
                    array.add("*");
                } else {
                    values.forEach(array::add);
                }
                set(parent, references.key(), array.isEmpty() ? null : array);
            }
        } else if (field instanceof Group group) {
            ObjectNode object = existingObject(parent, group.key());
            for (Field inner : group.fields()) {
                apply(object, path, inner);
            }
            set(parent, group.key(), object.isEmpty() ? null : object);
        } else if (field instanceof Rows rows) {
            applyRows(parent, path, rows);
        }
    }

    private static JsonNode yesNo(List<String> values, boolean unknownAllowed) {
        String value = values.isEmpty() ? "" : values.get(values.size() - 1);
        if (value.equals("true")) {
            return BooleanNode.TRUE;
        }
        if (value.equals("false")) {
            return BooleanNode.FALSE;
        }
        return value.equals("unknown") && unknownAllowed ? TextNode.valueOf("unknown") : null;
    }

    private void applyRows(ObjectNode parent, String path, Rows rows) {
        String count = posted.containsKey(path + ROWS_SUFFIX) ? first(path + ROWS_SUFFIX) : "";
        if (!count.matches("\\d{1,4}")) {
            return;
        }
        int shown = Integer.parseInt(count);
        JsonNode existing = parent.path(rows.key());
        ArrayNode result = NODES.arrayNode();
        List<String> renamedFrom = new ArrayList<>();
        List<String> renamedTo = new ArrayList<>();
        for (int i = 0; i < Math.max(shown, existing.size()); i++) {
            JsonNode before = existing.path(i);
            if (i >= shown) {
                result.add(before);
                continue;
            }
            ObjectNode row = before instanceof ObjectNode object ? object.deepCopy() : NODES.objectNode();
            String previousId = row.path("id").asText("");
            for (Field inner : rows.fields()) {
                apply(row, path + "[" + i + "]", inner);
            }
            if (rows.hasIds() && !previousId.isEmpty() && row.has("id") && !previousId.equals(row.path("id").asText())) {
                renamedFrom.add(previousId);
                renamedTo.add(row.path("id").asText());
            }
            result.add(row);
        }
        set(parent, rows.key(), result.isEmpty() ? null : result);
        if (rows.hasIds()) {
            Ids.fillMissing(result, rows.idSources());
            rows.target().ifPresent(target -> {
                for (int i = 0; i < renamedFrom.size(); i++) {
                    IdReferences.rename(parent, target, renamedFrom.get(i), renamedTo.get(i));
                }
            });
        }
    }

    private String first(String path) {
        List<String> values = posted.get(path);
        return values == null || values.isEmpty() ? "" : values.get(values.size() - 1);
    }

    private List<String> filled(String path) {
        return posted.getOrDefault(path, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Line ends as the format writes them, no spaces around. */
    private static String clean(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The object at a key that may hold dots, created (detached) when absent. */
    static ObjectNode existingObject(ObjectNode parent, String dottedKey) {
        JsonNode node = parent;
        for (String part : dottedKey.split("\\.")) {
            node = node.path(part);
        }
        return node instanceof ObjectNode object ? object : NODES.objectNode();
    }

    /** Sets or (with null) removes a key that may hold dots, creating and pruning the objects on the way. */
    static void set(ObjectNode parent, String dottedKey, JsonNode value) {
        int dot = dottedKey.indexOf('.');
        if (dot < 0) {
            if (value == null) {
                parent.remove(dottedKey);
            } else {
                parent.set(dottedKey, value);
            }
            return;
        }
        String head = dottedKey.substring(0, dot);
        JsonNode child = parent.get(head);
        ObjectNode object = child instanceof ObjectNode existing ? existing : NODES.objectNode();
        set(object, dottedKey.substring(dot + 1), value);
        if (object.isEmpty()) {
            parent.remove(head);
        } else {
            parent.set(head, object);
        }
    }
}
