package fr.charteia.load;

/** Thrown when a file cannot be read as a questionnaire; carries the structured reason. */
public final class UnreadableQuestionnaireException extends Exception {

    private final transient LoadFailure failure;

    public UnreadableQuestionnaireException(LoadFailure failure) {
        super(failure.reason() + " " + failure.file() + " " + failure.details(), null, false, false);
        this.failure = failure;
    }

    public LoadFailure failure() {
        return failure;
    }
}
