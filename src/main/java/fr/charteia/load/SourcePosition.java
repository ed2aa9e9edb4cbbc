package fr.charteia.load;

/** A place in the questionnaire file, 1-based, as editors count. */
public record SourcePosition(int line, int column) {

    public static SourcePosition of(com.fasterxml.jackson.core.JsonLocation location) {
        return new SourcePosition(location.getLineNr(), location.getColumnNr());
    }
}
