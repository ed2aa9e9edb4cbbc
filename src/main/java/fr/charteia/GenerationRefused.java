package fr.charteia;

/**
 * Documents cannot be made, for a reason the user can fix outside the questionnaire: nothing of
 * the department has been written.
 */
public final class GenerationRefused extends RuntimeException {

    public enum Reason {
        /** A template (shipped or adapted) is missing, does not compile, or names something the view model lacks. */
        TEMPLATE,
        /**
         * {@code SOURCE_DATE_EPOCH} is set but is not a number of seconds from 0 to 9999-12-31; the detail
         * is its value.
         */
        ENVIRONMENT,
        /**
         * The layout engine failed on this content (a table cell taller than a page, past the limits
         * of tagged PDF); the detail is the PDF's file name.
         */
        LAYOUT
    }

    private final Reason reason;

    GenerationRefused(Reason reason, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** What went wrong, in the words of the component that found it (template name and line, variable value). */
    public String detail() {
        return getMessage();
    }
}
