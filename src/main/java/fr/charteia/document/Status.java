package fr.charteia.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status of a tool × data cell. Each carries a colour and a word, so it reads in black and
 * white too. "Unaddressed" prints as forbidden: what the charter does not authorise is not allowed.
 */
public enum Status {
    AUTHORISED("authorised"),
    CONDITIONAL("conditional"),
    FORBIDDEN("forbidden"),
    UNADDRESSED("unaddressed");

    private final String cssClass;

    Status(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The class written in templates: {@code <mark class="authorised">Autorisé</mark>}. */
    public String cssClass() {
        return cssClass;
    }

    public static Optional<Status> ofClass(String cssClass) {
        return Arrays.stream(values()).filter(s -> s.cssClass.equals(cssClass)).findFirst();
    }
}
