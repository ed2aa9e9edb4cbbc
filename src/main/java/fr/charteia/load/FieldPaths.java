package fr.charteia.load;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.ArrayDeque;
import java.util.Deque;

/** Field paths as users read them: {@code authorised[2].tools[0]}, keys spelled as in the YAML. */
public final class FieldPaths {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private FieldPaths() {
    }

    /** The path of the value the parser context points at. */
    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /**
     * {@code trainsOnInputs} → {@code trains_on_inputs}: record components are camelCase, YAML keys
     * snake_case. Jackson's own translation, the one the loader binds keys with, so a path never
     * names a key the loader would not read.
     */
    public static String yamlKey(String javaName) {
        return SNAKE_CASE.translate(javaName);
    }
}
