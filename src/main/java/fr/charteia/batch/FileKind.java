package fr.charteia.batch;

/** A department questionnaire or the establishment baseline. */
public enum FileKind {
    SERVICE("service"),
    ESTABLISHMENT("etablissement");

    private final String word;

    FileKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
