package fr.charteia.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Copies for record components: never null, never mutable. */
final class Lists {

    private Lists() {
    }

    /**
     * An unmodifiable copy that keeps null elements: a broken questionnaire may hold them, and the
     * validation layer must report them rather than the constructor throwing.
     */
    static <T> List<T> immutable(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
