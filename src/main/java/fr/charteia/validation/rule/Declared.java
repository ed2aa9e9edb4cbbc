package fr.charteia.validation.rule;

import fr.charteia.model.DataCategory;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import fr.charteia.validation.rule.Grant.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A declared list indexed by id, built once per check: a rule looks each reference up instead of
 * scanning the list, so that checking every rule costs the size of the file, not rules × items.
 */
final class Declared<T> {

    private final List<T> items;
    /** Every declared index of each id, in order: duplicate ids (Q-DUPLICATE) are all named. */
    private final Map<String, List<Integer>> indexes = new HashMap<>();

    private Declared(List<T> items, Function<T, String> id) {
        this.items = items;
        for (int d = 0; d < items.size(); d++) {
            T item = items.get(d);
            if (item != null && id.apply(item) != null) {
                indexes.computeIfAbsent(id.apply(item), key -> new ArrayList<>(1)).add(d);
            }
        }
    }

    static Declared<Role> roles(Questionnaire q) {
        return new Declared<>(q.roles(), Role::id);
    }

    static Declared<Tool> tools(Questionnaire q) {
        return new Declared<>(q.tools(), Tool::id);
    }

    static Declared<DataCategory> data(Questionnaire q) {
        return new Declared<>(q.data(), DataCategory::id);
    }

    static Declared<Use> uses(Questionnaire q) {
        return new Declared<>(q.uses(), Use::id);
    }

    /** The first item declared with this id. */
    Optional<T> find(String id) {
        List<Integer> found = id == null ? null : indexes.get(id);
        return found == null ? Optional.empty() : Optional.of(items.get(found.get(0)));
    }

    /**
     * The items a reference list names, each once, with the index of the first reference that names
     * it ({@code "*"} names every item not named before it) and its declared index; unknown ids are
     * skipped (Q-REF reports them).
     */
    List<Named<T>> named(List<String> references) {
        List<Named<T>> found = new ArrayList<>();
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            if (Ids.ALL.equals(reference)) {
                for (int d = 0; d < items.size(); d++) {
                    T item = items.get(d);
                    if (item != null && seen.add(item)) {
                        found.add(new Named<>(item, i, d));
                    }
                }
            } else if (reference != null && indexes.containsKey(reference)) {
                for (int d : indexes.get(reference)) {
                    T item = items.get(d);
                    if (seen.add(item)) {
                        found.add(new Named<>(item, i, d));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The items a reference list names, as {@code Questionnaire.toolsNamed} gives them: every item
     * for {@code "*"}, else the first item of each id, each once.
     */
    List<T> items(List<String> references) {
        if (Ids.namesAll(references)) {
            return items.stream().filter(item -> item != null).toList();
        }
        List<T> found = new ArrayList<>();
        Set<T> seen = new HashSet<>();
        for (String reference : references) {
            find(reference).filter(seen::add).ifPresent(found::add);
        }
        return found;
    }
}
