package fr.charteia.compose;

/** A template is missing, unreadable or refers to something the view model does not have. */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
