package fr.charteia.load;

import java.nio.file.Path;
import java.util.Map;

/** The logo named by the questionnaire cannot be used; nothing has been written. */
public final class LogoException extends RuntimeException {

    public enum Reason {
        MISSING, LINK_LOOP, NO_ACCESS, UNREACHABLE, NAME_NOT_ENCODABLE, ABSOLUTE, OUTSIDE_FOLDER, OUTSIDE_BY_LINK, NOT_A_FILE, UNREADABLE,
        NOT_PNG_OR_JPEG, TOO_LARGE, TOO_MANY_PIXELS
    }

    private final Reason reason;
    private final Path file;
    private final Map<String, String> details;

    /**
     * @param file the logo as messages show it, from the questionnaire's folder
     * @param details the values its message quotes: {@code width}, {@code height}, the
     *     {@code folder}, the {@code kind} of a file that is not a regular one ({@link SpecialFile})
     */
    LogoException(Reason reason, Path file, Map<String, String> details) {
        super(reason + ": " + file, null, false, false);
        this.reason = reason;
        this.file = file;
        this.details = Map.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    public Map<String, String> details() {
        return details;
    }
}
