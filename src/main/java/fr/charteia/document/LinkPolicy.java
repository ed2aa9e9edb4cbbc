package fr.charteia.document;

import java.util.Locale;

/**
 * Which links of a document are clickable in both writers: web and mail addresses only, so that
 * no file path, {@code javascript:} or other scheme ever becomes an action in a PDF or a Word file;
 * any other destination prints its text alone. An address with a space or a control character is
 * not one (a link would be broken, and Word refuses it), so it prints as text too.
 */
public final class LinkPolicy {

    private LinkPolicy() {
    }

    public static boolean isClickable(String destination) {
        if (destination == null) {
            return false;
        }
        String lower = destination.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                && destination.chars().noneMatch(c -> c <= ' ');
    }
}
