package fr.charteia.validation.rule;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text folded for matching words the way users type them: accents dropped, lower case, any run
 * of spaces (non-breaking ones included) as one space. It keeps the way back to the characters as
 * written, so a message can quote the user's own word.
 */
final class FoldedText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String[] ASCII = ascii();

    private final String source;
    private final String text;
    /** For each folded character, the index in {@link #source} of the character it comes from. */
    private final int[] origin;

    private FoldedText(String source, String text, int[] origin) {
        this.source = source;
        this.text = text;
        this.origin = origin;
    }

    static FoldedText of(String source) {
        StringBuilder folded = new StringBuilder(source.length());
        int[] origin = new int[source.length() + 1];
        int length = 0;
        boolean lastWasSpace = false;
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            int next = i + Character.charCount(cp);
            String plain = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? (lastWasSpace ? "" : " ")
                    : fold(cp, source, i, next);
            lastWasSpace = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            for (int k = 0; k < plain.length(); k++) {
                if (length + 1 >= origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                folded.append(plain.charAt(k));
                origin[length++] = i;
            }
            i = next;
        }
        origin[length] = source.length();
        return new FoldedText(source, folded.toString(), origin);
    }

    /** One character without its accents, in lower case; ASCII, most of any text, without the normaliser. */
    private static String fold(int cp, String source, int start, int end) {
        if (cp < 0x80) {
            return ASCII[cp];
        }
        return MARKS.matcher(Normalizer.normalize(source.substring(start, end), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** The folded text, to match against patterns written without accents and in lower case. */
    String text() {
        return text;
    }

    private static String[] ascii() {
        String[] folded = new String[0x80];
        for (char c = 0; c < 0x80; c++) {
            folded[c] = String.valueOf(c).toLowerCase(Locale.ROOT);
        }
        return folded;
    }

    /** The text as written behind the folded positions {@code [start, end)}. */
    String original(int start, int end) {
        return source.substring(origin[start], origin[end]).strip();
    }
}
