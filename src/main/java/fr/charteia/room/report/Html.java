package fr.charteia.room.report;

import fr.charteia.document.FrenchTypography;

/**
 * A small XHTML writer for the report: elements opened and closed by name, every text and attribute
 * value escaped (and French typography applied to texts), characters XML cannot hold dropped. What
 * the participants and the trainer typed never becomes markup.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element with nothing inside, written open and closed (an empty {@code <span/>} is not HTML). */
    Html empty(String name, String... attributes) {
        return open(name, attributes).close(name);
    }

    Html text(String text) {
        escape(FrenchTypography.apply(text), false);
        return this;
    }

    /** An element holding {@code text} alone. */
    Html element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    String finish() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t', '\r' -> out.append(attribute ? " " : String.valueOf((char) c));
                default -> {
                    if (xmlCharacter(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
    }

    private static boolean xmlCharacter(int c) {
        return (c >= 0x20 && c <= 0xD7FF && !(c >= 0x7F && c <= 0x9F)) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
