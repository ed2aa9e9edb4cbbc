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
        if (!(field instanceof Group || field instanceof Rows) && !posted.containsKey(path)) {
            return;
        }
        JsonNode before = FormBinding.existing(parent, field.key());
        if (field instanceof Text || field instanceof Choice || field instanceof Reference) {
            if (!unchanged(path, ShownValues.text(before))) {
                String value = clean(first(path));
                set(parent, field.key(), value.isEmpty() ? null : TextNode.valueOf(value));
            }
        } else if (field instanceof YesNo yesNo) {
            List<String> chosen = filled(path);
            // radio buttons cannot be unticked: none ticked means the value was left as it was
            if (!chosen.isEmpty() && !chosen.get(chosen.size() - 1).equals(ShownValues.yesNo(before))) {
                set(parent, yesNo.key(), yesNo(chosen, yesNo.unknownAllowed()));
            }
        } else if (field instanceof Lines lines) {
            String text = String.join("\n", posted.get(path)).replace("\r\n", "\n").replace('\r', '\n');
            if (!text.equals(ShownValues.lines(before))) {
                ArrayNode array = NODES.arrayNode();
                for (String line : clean(text).split("\n")) {
                    if (!line.isBlank()) {
                        array.add(line.strip());
                    }
                }
                set(parent, lines.key(), array.isEmpty() ? null : array);
            }
        } else if (field instanceof References references) {
            Set<String> ticked = new LinkedHashSet<>(filled(path));
            Set<String> shown = ShownValues.references(before);
            if (!ticked.equals(shown)) {
                set(parent, references.key(), references(ticked, shown));
            }
        } else if (field instanceof Group group) {
            JsonNode existing = existing(parent, group.key());
            boolean wasEmpty = !(existing instanceof ObjectNode) || existing.isEmpty();
            ObjectNode object = existingObject(parent, group.key());
            for (Field inner : group.fields()) {
                apply(object, path, inner);
            }
            // an object left empty goes, unless it was already so (or not an object): then it stays as written
            if (!object.isEmpty() || !wasEmpty) {
                set(parent, group.key(), object.isEmpty() ? null : object);
            }
        } else if (field instanceof Rows rows) {
            applyRows(parent, path, rows);
        }
    }

    /**
     * The ticked ids, those already listed first in their order (the charter lists them in that
     * order), {@code *} alone when it is ticked since it already means all.
     */
    private static JsonNode references(Set<String> ticked, Set<String> before) {
        ArrayNode array = NODES.arrayNode();
        if (ticked.contains("*")) {
            array.add("*");
        } else {
            before.stream().filter(ticked::contains).forEach(array::add);
            ticked.stream().filter(id -> !before.contains(id)).forEach(array::add);
        }
        return array.isEmpty() ? null : array;
    }

    /** Whether the single value posted at {@code path} is what the page showed, line ends aside. */
    private boolean unchanged(String path, String shown) {
        return first(path).replace("\r\n", "\n").replace('\r', '\n').equals(shown);
    }

    private static JsonNode existing(ObjectNode parent, String dottedKey) {
        JsonNode node = parent;
        for (String part : dottedKey.split("\\.")) {
            node = node.path(part);
        }
        return node;
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
        if (!existing.isArray() && shown == 0) {
            return; // no list, or not a list: the page showed no row and the validator reports the value
        }
        int before = existing.isArray() ? existing.size() : 0;
        ArrayNode result = NODES.arrayNode();
        List<ObjectNode> edited = new ArrayList<>();
        for (int i = 0; i < Math.max(shown, before); i++) {
            JsonNode old = existing.isArray() ? existing.path(i) : NODES.missingNode();
            if (i >= shown) {
                result.add(old);
                continue;
            }
            ObjectNode row = old instanceof ObjectNode object ? object.deepCopy() : NODES.objectNode();
            for (Field inner : rows.fields()) {
                apply(row, path + "[" + i + "]", inner);
            }
            if (!row.equals(old) && !row.isEmpty()) {
                edited.add(row);
            }
            // an item that is not an object (an empty dash) stays as written until a field is filled
            result.add(row.isEmpty() && !old.isMissingNode() && !(old instanceof ObjectNode) ? old : row);
        }
        if (result.isEmpty() && existing.isArray() && existing.isEmpty()) {
            return;
        }
        set(parent, rows.key(), result.isEmpty() ? null : result);
        if (rows.hasIds()) {
            // only rows the user changed get an id made for them: the others stay as the file wrote them
            edited.forEach(row -> Ids.fillMissing(result, row, rows.idSources()));
            rows.target().ifPresent(target -> {
                for (int i = 0; i < Math.min(shown, before); i++) {
                    String from = existing.path(i).path("id").asText("");
                    String to = result.path(i).path("id").asText("");
                    if (!from.isEmpty() && !to.isEmpty() && !from.equals(to)) {
                        IdReferences.rename(parent, target, from, to);
                    }
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
