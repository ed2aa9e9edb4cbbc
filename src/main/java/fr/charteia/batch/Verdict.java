package fr.charteia.batch;

/** What a file came to, with the word the report and the workbook print for it. */
public enum Verdict {
    VALID("valide"),
    WARNINGS("avertissements"),
    ERRORS("erreurs"),
    UNREADABLE("illisible");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    /** The French word of {@code rapport.json} and the workbook. */
    public String word() {
        return word;
    }

    /** Whether the department did not get its documents. */
    public boolean failed() {
        return this == ERRORS || this == UNREADABLE;
    }
}
