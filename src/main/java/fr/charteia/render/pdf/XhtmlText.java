package fr.charteia.render.pdf;

import fr.charteia.document.PlainText;
import fr.charteia.document.Typography;
import fr.charteia.document.UnbreakableText;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * Escaped text, each phone number and e-mail address in a span that keeps it on one line, each
     * word of more than {@value #LONG_WORD} characters in a span that lets it be cut at the line's end.
     */
    private void print(String text) {
        int done = 0;
        for (UnbreakableText.Range range : UnbreakableText.ranges(text)) {
            words(text.substring(done, range.start()));
            String unbreakable = text.substring(range.start(), range.end());
            if (unbreakable.length() > LONG_UNBREAKABLE) {
                out.open("span", "style", LONG_WORD_STYLE).text(unbreakable).close("span");
            } else {
                out.open("span", "class", "nowrap").text(unbreakable).close("span");
            }
            done = range.end();
        }
        words(done == 0 ? text : text.substring(done));
    }

    /**
     * Longer than any word of the language with no place to break a line: a pasted code or letters
     * with no space or hyphen, which could run past a column or the page. The column widths make room for shorter ones.
     */
    static final int LONG_WORD = 40;
    /**
     * Cut where the line ends rather than run past the margin: on this span only, as on a whole
     * paragraph or table break-word would let the layout engine narrow columns down to a letter.
     * Written on the span rather than in print.css, whose text is part of every PDF's identifier:
     * documents without such a word keep their bytes. openhtmltopdf reads word-wrap, not overflow-wrap.
     */
    private static final String LONG_WORD_STYLE = "word-wrap: break-word";
    /** A phone number or an e-mail address longer than this is cut rather than kept on one line. */
    static final int LONG_UNBREAKABLE = 60;

    /** Text between spaces, the words too long for a line in a span that lets them be cut. */
    private void words(String text) {
        int done = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                if (text.codePointCount(start, i) > LONG_WORD && longestUnbreakable(text.substring(start, i)) > LONG_WORD) {
                    out.text(text.substring(done, start));
                    out.open("span", "style", LONG_WORD_STYLE).text(text.substring(start, i)).close("span");
                    done = i;
                }
                start = -1;
            }
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

    /**
     * The longest stretch of a word between two places a line may break (after a hyphen, for
     * instance): a link cut by hyphens wraps by itself and keeps its plain text.
     */
    private static int longestUnbreakable(String word) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(word);
        int longest = 0;
        int from = breaks.first();
        for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
            longest = Math.max(longest, word.codePointCount(from, to));
        }
        return longest;
    }
}
