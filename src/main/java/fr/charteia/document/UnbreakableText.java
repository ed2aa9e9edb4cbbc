package fr.charteia.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers and e-mail addresses, which a line must never cut: « 03 80 00 / 00 10 » cannot be
 * dialled and « dpo@ch- / valmont.fr » cannot be copied. Both writers use it in every language:
 * the spaces of a phone number become no-break spaces ({@link #apply}), the column widths make
 * room for a whole number or address ({@link #words}), and the PDF writer keeps each of them on
 * one line ({@link #ranges}).
 *
 * <p>A phone number starts with « 0 » or « + » and has 9 to 15 digits in groups separated by a
 * space, a dot or a hyphen (« 03 80 00 00 10 », « +33 3 80 00 00 10 », « 020 7946 0958 »), so
 * that years, amounts and article numbers are left alone.
 */
public final class UnbreakableText {

    private static final String SEPARATOR = "[ .\\-\\u00A0\\u202F]";
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\d+])(?:\\+\\d{1,3}(?:" + SEPARATOR
            + "?\\(0\\))?" + SEPARATOR + "?\\d{1,4}|0\\d{1,4})(?:" + SEPARATOR + "\\d{2,4})+(?![\\p{L}\\d])");
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\d._%+\\-]+@[\\p{L}\\d\\-]+(?:\\.[\\p{L}\\d\\-]+)*\\.\\p{L}{2,}");
    private static final Pattern PHONE_SPACES = Pattern.compile("[ \\u202F]");
    private static final int FEWEST_PHONE_DIGITS = 9;
    private static final int MOST_PHONE_DIGITS = 15;

    /** Where a phone number or an e-mail address lies in a text: {@code start} inclusive, {@code end} exclusive. */
    public record Range(int start, int end) {
    }

    private UnbreakableText() {
    }

    /** The text with no-break spaces (U+00A0) between the digit groups of its phone numbers. */
    public static String apply(String text) {
        if (text == null || !mayHoldPhone(text)) {
            return text;
        }
        Matcher phone = PHONE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        while (phone.find()) {
            if (!isPhone(phone.group())) {
                continue;
            }
            out.append(text, done, phone.start());
            out.append(PHONE_SPACES.matcher(phone.group()).replaceAll(String.valueOf(FrenchTypography.NO_BREAK_SPACE)));
            done = phone.end();
        }
        return done == 0 ? text : out.append(text, done, text.length()).toString();
    }

    /** The phone numbers and e-mail addresses of a text, in order, never overlapping. */
    public static List<Range> ranges(String text) {
        if (text == null) {
            return List.of();
        }
        boolean email = text.indexOf('@') >= 0;
        boolean phone = mayHoldPhone(text);
        if (!email && !phone) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        if (email) {
            Matcher emails = EMAIL.matcher(text);
            while (emails.find()) {
                ranges.add(new Range(emails.start(), emails.end()));
            }
        }
        if (phone) {
            Matcher phones = PHONE.matcher(text);
            while (phones.find()) {
                Range range = new Range(phones.start(), phones.end());
                if (isPhone(phones.group()) && ranges.stream().noneMatch(other -> overlap(other, range))) {
                    ranges.add(range);
                }
            }
        }
        ranges.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return ranges;
    }

    /**
     * The pieces of a text a line cannot cut: what lies between two places where a line may break
     * (after spaces, not no-break ones; after a hyphen or a slash), a phone number or an e-mail
     * address being one piece with whatever touches it (« (dpo@ch-valmont.fr) »).
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        List<Range> kept = ranges(text);
        int length = text.length();
        int start = 0;
        int at = 0;
        while (at <= length) {
            int end;
            if (at < length && isBreakingSpace(text.charAt(at))) {
                end = at + 1;
                while (end < length && isBreakingSpace(text.charAt(end))) {
                    end++;
                }
            } else if (at > 0 && isBreakAfter(text.charAt(at - 1))) {
                end = at;
            } else {
                at++;
                continue;
            }
            if (!inside(kept, at)) {
                if (at > start) {
                    words.add(text.substring(start, at));
                }
                start = end;
            }
            at = Math.max(end, at + 1);
        }
        if (start < length) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static boolean isBreakingSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u2009';
    }

    private static boolean isBreakAfter(char c) {
        return c == '-' || c == '/';
    }

    private static boolean inside(List<Range> ranges, int at) {
        for (Range range : ranges) {
            if (at > range.start() && at < range.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text can hold a phone number: one starts with « 0 » or « + » and has at least nine
     * digits. Most texts have neither, and this look costs far less than the pattern's search.
     */
    private static boolean mayHoldPhone(String text) {
        int digits = 0;
        boolean start = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                start |= c == '0';
            } else if (c == '+') {
                start = true;
            }
        }
        return start && digits >= FEWEST_PHONE_DIGITS;
    }

    private static boolean isPhone(String candidate) {
        long digits = candidate.chars().filter(c -> c >= '0' && c <= '9').count();
        return digits >= FEWEST_PHONE_DIGITS && digits <= MOST_PHONE_DIGITS;
    }

    private static boolean overlap(Range a, Range b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
