package fr.charteia;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A value in a questionnaire's tree and how to reach it (a key of an object or an index of a
 * list), for the generative tests that mutate the samples.
 *
 * @param path the value's field path, as findings name it ({@code tools[2].name})
 */
public record TreeSlot(JsonNode parent, String key, int index, JsonNode value, String path) {

    /** Every value below {@code root}, parents before their children. */
    public static List<TreeSlot> all(JsonNode root) {
        List<TreeSlot> out = new ArrayList<>();
        collect(root, "", out);
        return out;
    }

    public boolean inObject() {
        return parent instanceof ObjectNode;
    }

    public void set(JsonNode replacement) {
        if (parent instanceof ObjectNode object) {
            object.set(key, replacement);
        } else {
            ((ArrayNode) parent).set(index, replacement);
        }
    }

    public void remove() {
        if (parent instanceof ObjectNode object) {
            object.remove(key);
        } else {
            ((ArrayNode) parent).remove(index);
        }
    }

    private static void collect(JsonNode node, String path, List<TreeSlot> out) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(new TreeSlot(object, e.getKey(), -1, e.getValue(), child));
                collect(e.getValue(), child, out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String child = path + "[" + i + "]";
                out.add(new TreeSlot(array, null, i, array.get(i), child));
                collect(array.get(i), child, out);
            }
        }
    }
}
