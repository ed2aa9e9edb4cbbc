package fr.charteia.load;

import java.nio.file.Path;

/** The logo named by the questionnaire cannot be used; nothing has been written. */
public final class LogoException extends RuntimeException {

    public enum Reason { MISSING, UNREADABLE, NOT_PNG_OR_JPEG, TOO_LARGE }

    private final Reason reason;
    private final Path file;

    LogoException(Reason reason, Path file) {
        super(reason + ": " + file, null, false, false);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
