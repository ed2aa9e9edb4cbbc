package fr.charteia.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;

/**
 * A small XHTML builder: elements are opened and closed by the writer, and every text and
 * attribute value goes through {@link #escape}, so no value can become markup. Characters XML
 * cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) are left out here; the glyph
 * check reports them before, so nothing disappears unsaid.
 */
public final class Markup {

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private final UnaryOperator<String> typography;

    /** For texts already set in their typography (the document tree's). */
    Markup(int capacity) {
        this(capacity, UnaryOperator.identity());
    }

    /** For texts as typed: {@code typography} (e.g. French spacing) is applied to each before escaping. */
    public Markup(int capacity, UnaryOperator<String> typography) {
        out = new StringBuilder(capacity);
        this.typography = typography;
    }

    /** Opens an element; {@code attributes} are name, value pairs, a null value leaves the attribute out. */
    public Markup open(String name, String... attributes) {
        start(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** An element with no content, written {@code <name/>}. */
    public Markup empty(String name, String... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    public Markup close(String name) {
        String expected = open.pop();
        if (!expected.equals(name)) {
            throw new IllegalStateException("closing <" + name + "> while <" + expected + "> is open");
        }
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element holding only text. */
    public Markup element(String name, String text, String... attributes) {
        open(name, attributes);
        text(text);
        return close(name);
    }

    public Markup text(String text) {
        escape(typography.apply(text), out, false);
        return this;
    }

    /** Text written as is: only for the toolkit's own stylesheet and declarations, never for a value. */
    public Markup raw(String trusted) {
        out.append(trusted);
        return this;
    }

    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        return out.toString();
    }

    private void start(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], out, true);
                out.append('"');
            }
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escape(text, escaped, true);
        return escaped.toString();
    }

    private static void escape(String text, StringBuilder out, boolean attribute) {
        if (isPlain(text)) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t', '\r' -> out.append(attribute ? ' ' : c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlCharacter(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether a text is written as it is: most are, and one look costs less than escaping each character. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c >= 0xD800 && c <= 0xDFFF
                    || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
        }
        return true;
    }

    /** A character XML 1.0 allows, surrogates excepted (a pair is handled by the caller). */
    static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
