package fr.charteia.compose;

/**
 * Makes an answer print literally in Markdown: every ASCII punctuation character that Markdown
 * could read as syntax is backslash-escaped (CommonMark allows it before any of them), a full stop
 * only after a digit ("12." would start a numbered list), and line breaks become spaces, since an
 * answer is one paragraph, list item or cell.
 */
public final class MarkdownEscaper {

    private static final String SPECIAL = "\\`*_{}[]()<>#+-!|~&=";

    private MarkdownEscaper() {
    }

    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\t') {
                out.append(' ');
            } else if (c < 0x20 || c == 0x7F) {
                continue;
            } else if (SPECIAL.indexOf(c) >= 0 || c == '.' && i > 0 && Character.isDigit(value.charAt(i - 1))) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
