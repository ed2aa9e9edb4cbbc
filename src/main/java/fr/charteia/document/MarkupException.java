package fr.charteia.document;

/** A template produced Markdown that breaks the conventions of templates/README.md. */
public final class MarkupException extends RuntimeException {

    public MarkupException(String message) {
        super(message);
    }
}
