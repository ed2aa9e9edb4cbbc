package fr.charteia.web.form;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a field of the questionnaire is edited: its step and the HTML id of its input. A finding's
 * path ({@code authorised[1].human_validation}) gives the field its message stands beside.
 *
 * @param step 1 to 9 for a form step, 10 (the review) for what no step shows
 * @param fieldId the input's id, {@code f-} and the path with every other character than a letter or
 *     a digit turned into {@code -} ({@code f-authorised-1-human_validation})
 */
public record FieldLocation(int step, String fieldId) {

    public static final int REVIEW_STEP = 10;

    /** The step that edits each top-level key. */
    private static final Map<String, Integer> STEP_OF_KEY = Map.ofEntries(
            Map.entry("locale", 1), Map.entry("organisation", 1),
            Map.entry("service", 2), Map.entry("document", 2), Map.entry("history", 2),
            Map.entry("roles", 3),
            Map.entry("tools", 4),
            Map.entry("data", 5),
            Map.entry("uses", 6),
            Map.entry("authorised", 7),
            Map.entry("forbidden", 8),
            Map.entry("situations", 9), Map.entry("practices", 9), Map.entry("incident", 9),
            Map.entry("traceability", 9), Map.entry("training", 9));

    /** The place of the field a path names; an empty path (the whole file) is the review. */
    public static FieldLocation of(String path) {
        String key = path.split("[.\\[]", 2)[0];
        return new FieldLocation(STEP_OF_KEY.getOrDefault(key, REVIEW_STEP), idOf(path));
    }

    /**
     * The place where the step shows {@code path} for {@code draft}: the id of the field itself, or of
     * the nearest part of it the step shows ({@code authorised[3].data[0]} is shown by the check boxes
     * {@code authorised[3].data}; a key the form does not know by the group or row holding it).
     */
    public static FieldLocation of(String path, ObjectNode draft) {
        FieldLocation place = of(path);
        Optional<Step> step = QuestionnaireSteps.step(place.step());
        if (step.isEmpty()) {
            return place;
        }
        Set<String> shown = new HashSet<>();
        step.get().fields().forEach(field -> StepPage.collectPaths(draft, "", field, shown));
        String nearest = StepPage.nearest(path, shown);
        return nearest.isEmpty() ? place : new FieldLocation(place.step(), idOf(nearest));
    }

    /** The HTML id of the input for {@code path}. */
    public static String idOf(String path) {
        return "f-" + path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("-+$", "");
    }
}
