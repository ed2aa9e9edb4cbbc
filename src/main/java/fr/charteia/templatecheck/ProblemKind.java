package fr.charteia.templatecheck;

import java.util.Locale;

/** What kind of thing is wrong in a template, as {@code --format json} names it ({@code dead-section}). */
public enum ProblemKind {
    UNKNOWN_NAME, RAW_TAG, MISSING_PARTIAL, DEAD_SECTION, UNKNOWN_TEMPLATE, MISSING_TRANSLATION, RENDER_FAILURE,
    UNUSABLE, MARKDOWN, SHEET_TOO_LONG;

    /** The kind's name in reports: lower case, words joined by hyphens. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
