package fr.charteia.document;

import java.util.regex.Pattern;

/**
 * French typography for printed text: the spaces that must not break. Applied to each text of a
 * French document before it is laid out, so that a line never starts with « ; », « : », « ! »,
 * « ? » or a closing guillemet, never ends with an opening one, and never splits a number from
 * its unit (« 24 mois », « 2 Mio », « 12 h », « 1 250 € »).
 *
 * <ul>
 *   <li>before « ; », « ! » and « ? »: a narrow no-break space (U+202F), replacing the spaces typed;</li>
 *   <li>before « : »: a no-break space (U+00A0), replacing the spaces typed;</li>
 *   <li>inside « and »: a narrow no-break space, added when missing;</li>
 *   <li>between a number and a unit of the list below, and after « art. », « n° », « § » before a
 *       number: a no-break space;</li>
 *   <li>between groups of three digits (« 1 250 »): a narrow no-break space.</li>
 * </ul>
 *
 * <p>Only spaces already typed are changed before punctuation: « http://x », « 10:30 » or
 * « Oui! » are left as they are, since adding a space could break a web address or a time.
 * Applying the transformation twice gives the same text. Nothing here depends on a writer: both
 * use it through {@link Typography}.
 */
public final class FrenchTypography {

    /** U+00A0, the no-break space: before a colon, between a number and its unit. */
    public static final char NO_BREAK_SPACE = '\u00A0';
    /** U+202F, the narrow no-break space: before ; ! ? and inside guillemets. */
    public static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final String SPACES = "[ \\t\\u00A0\\u202F\\u2009]";

    private static final Pattern BEFORE_TALL_PUNCTUATION = Pattern.compile(SPACES + "+(?=[;!?])");
    private static final Pattern BEFORE_COLON = Pattern.compile(SPACES + "+(?=:)");
    private static final Pattern AFTER_OPENING_GUILLEMET = Pattern.compile("«" + SPACES + "*");
    private static final Pattern BEFORE_CLOSING_GUILLEMET = Pattern.compile(SPACES + "*»");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)" + SPACES + "(?=\\d{3}(?!\\d))");
    private static final Pattern ABBREVIATION_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])(art\\.|n°|N°|§)" + SPACES + "+(?=\\d)");

    /**
     * Units written after a number. A unit must end the word: « 5 membres » keeps its space, « 5 m »
     * does not.
     */
    private static final String UNITS = String.join("|",
            "%", "‰", "€", "\\$", "£", "°C", "°",
            "h", "min", "s", "ms", "j", "jours?", "semaines?", "mois", "ans?", "années?", "heures?", "minutes?",
            "secondes?",
            "o", "octets?", "Ko", "Kio", "ko", "kio", "Mo", "Mio", "Go", "Gio", "To", "Tio",
            "kg", "g", "mg", "µg", "mcg", "ng", "L", "l", "mL", "ml", "dL", "dl", "cL", "cl",
            "km", "m", "cm", "mm", "µm",
            "UI", "mmol", "mol", "mmHg", "bpm", "kcal", "cal");
    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "(?<=\\d)" + SPACES + "+(?=(?:" + UNITS + ")(?![\\p{L}\\d]))");

    private FrenchTypography() {
    }

    /** The text with French no-break spaces; the same text when there is nothing to change. */
    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        if (spacesBeforeNeedChange(result, ";!?", NARROW_NO_BREAK_SPACE, false)) {
            result = BEFORE_TALL_PUNCTUATION.matcher(result).replaceAll(String.valueOf(NARROW_NO_BREAK_SPACE));
        }
        if (spacesBeforeNeedChange(result, ":", NO_BREAK_SPACE, false)) {
            result = BEFORE_COLON.matcher(result).replaceAll(String.valueOf(NO_BREAK_SPACE));
        }
        if (spacesAfterOpeningGuillemetNeedChange(result)) {
            result = AFTER_OPENING_GUILLEMET.matcher(result).replaceAll("«" + NARROW_NO_BREAK_SPACE);
        }
        if (spacesBeforeNeedChange(result, "»", NARROW_NO_BREAK_SPACE, true)) {
            result = BEFORE_CLOSING_GUILLEMET.matcher(result).replaceAll(NARROW_NO_BREAK_SPACE + "»");
        }
        if (hasDigitBeforeSpace(result)) {
            result = NUMBER_UNIT.matcher(result).replaceAll(String.valueOf(NO_BREAK_SPACE));
            result = THOUSANDS.matcher(result).replaceAll(String.valueOf(NARROW_NO_BREAK_SPACE));
        }
        if (hasDigit(result) && (result.indexOf('°') >= 0 || result.indexOf('§') >= 0 || result.contains("art."))) {
            result = ABBREVIATION_NUMBER.matcher(result).replaceAll("$1" + NO_BREAK_SPACE);
        }
        return result;
    }

    /*
     * The checks below tell whether a rule's pattern would change the text: most texts have no
     * punctuation to space, and a text typeset once already has the right spaces, as every text of
     * the document has when a writer prints it. The patterns stay the rules; the checks only spare
     * running them for nothing.
     */

    /**
     * Whether a mark of {@code marks} has spaces before it other than the one {@code wanted}: the
     * run of spaces before it is replaced whole. With {@code required}, a mark with no space before
     * it gets one too.
     */
    private static boolean spacesBeforeNeedChange(String text, String marks, char wanted, boolean required) {
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int run = 0;
            while (run < i && isSpace(text.charAt(i - 1 - run))) {
                run++;
            }
            if (run == 0 ? required : run > 1 || text.charAt(i - 1) != wanted) {
                return true;
            }
        }
        return false;
    }

    /** Whether an opening guillemet is followed by anything but one narrow no-break space. */
    private static boolean spacesAfterOpeningGuillemetNeedChange(String text) {
        for (int i = text.indexOf('«'); i >= 0; i = text.indexOf('«', i + 1)) {
            if (i + 1 >= text.length() || text.charAt(i + 1) != NARROW_NO_BREAK_SPACE
                    || i + 2 < text.length() && isSpace(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit is followed by a space: the units and groups of thousands need one, and few texts have it. */
    private static boolean hasDigitBeforeSpace(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && isSpace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A character of {@link #SPACES}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE || c == '\u2009';
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
