package fr.charteia.document;

/** The two documents generated for a department. */
public enum DocumentKind {
    /** The AI usage charter: several pages, signed. */
    CHARTER,
    /** The one-page best-practice sheet, to post. */
    SHEET
}
