package fr.charteia.web.room;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers on a scale read from a form: one radio group per question, {@code PREFIX<id>}, valued 1 to
 * the scale's length. What was given is kept to show the page again; a question without a valid
 * answer is missing.
 */
record PositioningAnswers(Map<String, Integer> given, List<String> missing) {

    static PositioningAnswers read(Context ctx, String prefix, List<String> ids, int scale) {
        Map<String, Integer> given = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Optional<Integer> value = Optional.ofNullable(ctx.formParam(prefix + id))
                    .filter(v -> v.matches("[1-9]")).map(Integer::parseInt).filter(v -> v <= scale);
            value.ifPresentOrElse(v -> given.put(id, v), () -> missing.add(id));
        }
        return new PositioningAnswers(given, missing);
    }

    boolean complete() {
        return missing.isEmpty();
    }

    /**
     * One group for the page: its id ({@code PREFIX<id>}), legend, radios with their state, and the
     * error beside it when it is missing.
     */
    static Map<String, Object> group(String prefix, String id, String legend, List<String> scale,
            Map<String, Integer> given, boolean missing, String missingMessage) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 1; i <= scale.size(); i++) {
            options.add(Map.of("id", prefix + id + "-" + i, "value", String.valueOf(i), "label", scale.get(i - 1),
                    "checked", Integer.valueOf(i).equals(given.get(id))));
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("id", prefix + id);
        group.put("name", prefix + id);
        group.put("legend", legend);
        group.put("options", options);
        group.put("missing", missing);
        group.put("error", missing ? List.of(missingMessage) : List.of());
        return group;
    }
}
