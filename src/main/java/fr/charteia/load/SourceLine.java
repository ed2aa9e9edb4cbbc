package fr.charteia.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a questionnaire as written, read the way a person reads YAML: its indentation, its
 * leading « - », its key and the value after the key. Only used to explain syntax errors, where
 * the parser could not build anything better.
 *
 * @param number 1-based, as editors count
 */
record SourceLine(int number, String text) {

    /** A key is a plain word group followed by « : » and a space or the end of the line. */
    private static final Pattern KEY = Pattern.compile("([^\\s\"'\\[\\]{}#,&*!|>%@`-][^:#]*?|[\\w-]+?)\\s*:(?=\\s|$)");

    int indent() {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Neither blank nor a comment: a line the parser reads. */
    boolean isContent() {
        String stripped = text.strip();
        return !stripped.isEmpty() && !stripped.startsWith("#");
    }

    boolean startsWithDash() {
        String body = text.substring(indent());
        return body.equals("-") || body.startsWith("- ");
    }

    /** Index of what follows the indentation and any « - » list markers. */
    int bodyStart() {
        int i = indent();
        while (i < text.length() && text.charAt(i) == '-' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
            i++;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }

    String body() {
        return text.substring(bodyStart()).strip();
    }

    Optional<String> key() {
        Matcher m = KEY.matcher(text).region(bodyStart(), text.length());
        return m.lookingAt() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** Index of the colon closing the key, or -1. */
    int keyColon() {
        Matcher m = KEY.matcher(text).region(bodyStart(), text.length());
        return m.lookingAt() ? m.end() - 1 : -1;
    }

    /** What follows the key's colon, comments included, without surrounding spaces. */
    String value() {
        int colon = keyColon();
        return colon < 0 ? "" : text.substring(colon + 1).strip();
    }

    /** 1-based column of the line's key, or of its body. */
    int keyColumn() {
        return bodyStart() + 1;
    }

    /** Index of the first tab in the line's leading whitespace, or -1. */
    int tabInIndentation() {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\t') {
                return i;
            }
            if (ch != ' ') {
                return -1;
            }
        }
        return -1;
    }
}
