package fr.charteia.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.web.form.Field.Rows;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buttons that change a list: {@code add:tools} (an empty row), {@code suggest:tools:3} (entry 3
 * of the catalogue), {@code remove:tools[2]}. A button names a list of the step it is on; anything
 * else does nothing.
 */
public final class RowActions {

    private static final Pattern ADD = Pattern.compile("add:([a-z_]+)");
    private static final Pattern SUGGEST = Pattern.compile("suggest:([a-z_]+):(\\d{1,4})");
    private static final Pattern REMOVE = Pattern.compile("remove:([a-z_]+)\\[(\\d{1,4})\\]");

    private RowActions() {
    }

    /**
     * Applies {@code action} to {@code draft}, in place.
     *
     * @return the id of the input to show the user afterwards (the new row's first field, or the
     *     list), empty when the action is not a row action of this step
     */
    public static Optional<String> apply(ObjectNode draft, Step step, String action, Locale language) {
        Matcher add = ADD.matcher(action);
        Matcher suggest = SUGGEST.matcher(action);
        Matcher remove = REMOVE.matcher(action);
        if (add.matches()) {
            return rows(step, add.group(1)).map(rows -> append(draft, rows, draft.objectNode()));
        }
        if (suggest.matches()) {
            return rows(step, suggest.group(1)).flatMap(rows -> Suggestions
                    .entry(rows.key(), Integer.parseInt(suggest.group(2)), draft, language)
                    .map(entry -> append(draft, rows, entry)));
        }
        if (remove.matches()) {
            return rows(step, remove.group(1)).map(rows -> {
                int index = Integer.parseInt(remove.group(2));
                JsonNode list = draft.path(rows.key());
                if (list instanceof ArrayNode array && index < array.size()) {
                    String id = array.get(index).path("id").asText("");
                    array.remove(index);
                    if (array.isEmpty()) {
                        draft.remove(rows.key());
                    }
                    if (!id.isEmpty()) {
                        rows.target().ifPresent(target -> IdReferences.remove(draft, target, id));
                    }
                }
                return FieldLocation.idOf(rows.key());
            });
        }
        return Optional.empty();
    }

    private static String append(ObjectNode draft, Rows rows, ObjectNode entry) {
        ArrayNode array = draft.get(rows.key()) instanceof ArrayNode existing ? existing : draft.putArray(rows.key());
        array.add(entry);
        if (rows.hasIds() && entry.has("id")) {
            // a catalogue entry keeps its id unless the draft already uses it
            String id = entry.path("id").asText();
            entry.remove("id");
            boolean taken = false;
            for (JsonNode row : array) {
                taken |= row != entry && row.path("id").asText().equals(id);
            }
            if (!taken) {
                entry.put("id", id);
            }
            Ids.fillMissing(array, entry, rows.idSources());
        }
        return FieldLocation.idOf(rows.key() + "[" + (array.size() - 1) + "]");
    }

    private static Optional<Rows> rows(Step step, String key) {
        return step.fields().stream().filter(f -> f instanceof Rows && f.key().equals(key)).map(Rows.class::cast).findFirst();
    }
}
