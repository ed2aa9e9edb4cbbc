package fr.charteia.render.pdf;

import fr.charteia.document.PlainText;
import fr.charteia.document.Typography;
import fr.charteia.document.UnbreakableText;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/**
 * Where every text of the XHTML goes: in the typography of the document's language, noted with
 * the place it stands for the glyph check, escaped by {@link Markup}, each phone number and e-mail
 * address in a span that keeps it on one line. The writer's parts say where they are with
 * {@link #at}, so that a missing glyph is reported as « table cell « … » » rather than nowhere.
 */
final class XhtmlText {

    /** Code points of a text shown in a place. */
    private static final int EXCERPT = 60;

    private final Markup out;
    private final Typography typography;
    private final List<TextRun> runs = new ArrayList<>();
    private String place = "document";

    XhtmlText(Markup out, Typography typography) {
        this.out = out;
        this.typography = typography;
    }

    /** Where the texts written next stand, for the glyph check. */
    void at(String place) {
        this.place = place;
    }

    /** A text of the document: typography of its language, noted for the glyph check, escaped. */
    void text(String literal) {
        typesetText(typography.apply(literal));
    }

    /** A text already in the typography of the document's language, noted and escaped. */
    void typesetText(String typeset) {
        runs.add(new TextRun(typeset, place));
        print(typeset);
    }

    String typeset(String literal) {
        return typography.apply(literal);
    }

    /** Every text written, as drawn, with its place. */
    List<TextRun> runs() {
        return runs;
    }

    /** Escaped text, each phone number and e-mail address in a span that keeps it on one line. */
    private void print(String text) {
        int done = 0;
        for (UnbreakableText.Range range : UnbreakableText.ranges(text)) {
            out.text(text.substring(done, range.start()));
            out.open("span", "class", "nowrap").text(text.substring(range.start(), range.end())).close("span");
            done = range.end();
        }
        out.text(done == 0 ? text : text.substring(done));
    }

    /** The start of a node's text between guillemets, to name a place. */
    static String excerpt(Node node) {
        return excerpt(PlainText.of(node));
    }

    static String excerpt(String text) {
        return "« " + shorten(text) + " »";
    }

    /**
     * The text on one line, every run of white space a single space, cut after {@value #EXCERPT}
     * code points with an ellipsis. Made for every paragraph and cell, so it reads no further
     * than it shows.
     */
    static String shorten(String text) {
        String stripped = text.strip();
        StringBuilder flat = new StringBuilder(Math.min(stripped.length(), 2 * EXCERPT + 2));
        int codePoints = 0;
        int i = 0;
        while (i < stripped.length()) {
            char c = stripped.charAt(i);
            if (isRegexSpace(c)) {
                while (i < stripped.length() && isRegexSpace(stripped.charAt(i))) {
                    i++;
                }
                flat.append(' ');
            } else {
                int codePoint = stripped.codePointAt(i);
                flat.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
            }
            if (++codePoints > EXCERPT) {
                return flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
            }
        }
        return flat.toString();
    }

    /** White space as {@code \s} reads it: what the excerpt folds into one space. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
