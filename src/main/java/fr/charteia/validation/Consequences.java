package fr.charteia.validation;

import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.SchemaProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers the loader could not take as written: values of the wrong shape (left empty), and
 * keys the user meant to write but misspelt (the loader suggests a known key that the same mapping
 * does not hold: {@code tols:} for {@code tools:}). A rule finding whose own field or whose
 * {@linkplain RuleOutcome#reads reads} lie in one of them is a consequence of a problem already
 * reported, so it is not reported again: one cause, one message.
 */
final class Consequences {

    private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+|\\*)]|[^.\\[]+");

    /** Each unanswered place as segments: {@code tools[1].hosting} → {@code tools, [1], hosting}. */
    private final List<List<String>> unanswered;

    private Consequences(List<List<String>> unanswered) {
        this.unanswered = unanswered;
    }

    static Consequences of(LoadedQuestionnaire loaded) {
        List<List<String>> places = new ArrayList<>();
        for (SchemaProblem problem : loaded.problems()) {
            if (problem.kind() != SchemaProblem.Kind.UNKNOWN_KEY) {
                places.add(segments(problem.path()));
            } else if (problem.choices().size() == 1) {
                String meant = sibling(problem.path(), problem.choices().get(0));
                if (!loaded.sourceMap().positions().containsKey(meant)) {
                    places.add(segments(meant));
                }
            }
        }
        places.removeIf(List::isEmpty);
        return new Consequences(List.copyOf(places));
    }

    /** True when the finding's field, or an answer it was decided on, is one the loader could not take. */
    boolean follows(Finding finding, RuleOutcome outcome) {
        if (unanswered.isEmpty()) {
            return false;
        }
        List<List<String>> depends = new ArrayList<>();
        depends.add(segments(finding.path()));
        outcome.reads().forEach(read -> depends.add(segments(read)));
        return depends.stream().anyMatch(read -> unanswered.stream().anyMatch(place -> isAtOrBelow(read, place)));
    }

    /** {@code read} lies inside {@code place}; {@code [*]} in a read stands for any index. */
    private static boolean isAtOrBelow(List<String> read, List<String> place) {
        if (read.size() < place.size()) {
            return false;
        }
        for (int i = 0; i < place.size(); i++) {
            String r = read.get(i);
            if (!r.equals(place.get(i)) && !(r.equals("[*]") && place.get(i).startsWith("["))) {
                return false;
            }
        }
        return true;
    }

    /** The path of another key of the same mapping: {@code tools[1].hostng} → {@code tools[1].hosting}. */
    private static String sibling(String path, String key) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf(']');
        return dot > bracket ? path.substring(0, dot + 1) + key : key;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            segments.add(m.group());
        }
        return segments;
    }
}
