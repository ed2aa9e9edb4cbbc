package fr.charteia.model;

import java.util.List;

/** Ids are lowercase slugs; {@code "*"} in a reference list means every declared item. */
public final class Ids {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]*";
    public static final String ALL = "*";

    /** Any text with a visible character; as a pattern it lets an absent optional value through. */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    private Ids() {
    }

    public static boolean namesAll(List<String> references) {
        return references.contains(ALL);
    }
}
