package fr.charteia.render.pdf;

import java.util.Locale;

/**
 * A character of the document that no font of the PDF can draw (an emoji, a control character, a
 * rare script): the layout engine would print it as « # », so the writer reports it instead of
 * dropping it silently.
 *
 * @param codePoint the Unicode code point
 * @param place where it stands: « heading « … » », « paragraph « … » », « table cell « … » », « cartouche »…
 */
public record MissingGlyph(int codePoint, String place) {

    /** The character itself, as a string (one or two UTF-16 units). */
    public String character() {
        return new String(Character.toChars(codePoint));
    }

    /** U+1F600, as Unicode writes it. */
    public String codePointLabel() {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** « U+1F600 GRINNING FACE (😀) in paragraph « Je ris 😀 » has no glyph in the PDF fonts ». */
    public String message() {
        String name = Character.getName(codePoint);
        String shown = Character.isISOControl(codePoint) || !Character.isDefined(codePoint) ? "" : " (" + character() + ")";
        return codePointLabel() + (name == null ? "" : " " + name) + shown + " in " + place
                + " has no glyph in the PDF fonts";
    }
}
