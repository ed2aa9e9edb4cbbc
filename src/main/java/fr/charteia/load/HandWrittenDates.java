package fr.charteia.load;

import fr.charteia.model.DocumentControl;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them by hand (12/03/2027, 2027-3-12, 12 mars 2027), read only to show the
 * user their own date in the form the format wants. The format itself accepts AAAA-MM-JJ alone:
 * 03/04/2027 is the 3rd of April in France and the 4th of March elsewhere.
 */
public final class HandWrittenDates {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A year, month and day in the ISO order, the year of any length and sign: {@code -2027-02-01}, {@code 0000-02-01}. */
    private static final Pattern ANY_YEAR = Pattern.compile("([+-]?)(\\d+)-(\\d{2})-(\\d{2})");

    private static final List<DateTimeFormatter> FORMS = List.of(
            formatter("d/M/uuuu", Locale.FRENCH), formatter("d-M-uuuu", Locale.FRENCH),
            formatter("d.M.uuuu", Locale.FRENCH), formatter("uuuu-M-d", Locale.FRENCH),
            formatter("uuuu/M/d", Locale.FRENCH), formatter("d MMMM uuuu", Locale.FRENCH),
            formatter("d MMMM uuuu", Locale.ENGLISH), formatter("MMMM d uuuu", Locale.ENGLISH),
            // 20270201, the digits run together: written as a number, YAML and JSON read a number
            formatter("uuuuMMdd", Locale.ROOT));

    private HandWrittenDates() {
    }

    /** The date meant by a hand-written value, when one of the usual forms reads it as a real date. */
    public static Optional<LocalDate> read(String value) {
        String cleaned = value.strip().replaceFirst("(?i)^1er\\b", "1").replace(",", "").replaceAll("\\s+", " ");
        for (DateTimeFormatter form : FORMS) {
            try {
                return Optional.of(LocalDate.parse(cleaned, form));
            } catch (DateTimeParseException e) {
                // not this form: try the next one
            }
        }
        return Optional.empty();
    }

    /** Already written AAAA-MM-JJ: a refused value of this form is a date that does not exist. */
    public static boolean looksIso(String value) {
        return ISO.matcher(value.strip()).matches();
    }

    /**
     * Written AAAA-MM-JJ but with a year the format does not accept (0000, -2027, 999999999): the
     * date is refused for its year, not for its form.
     */
    public static boolean yearOutOfRange(String value) {
        Matcher written = ANY_YEAR.matcher(value.strip());
        if (!written.matches()) {
            return false;
        }
        if (!written.group(1).isEmpty() || written.group(2).length() != 4) {
            return true;
        }
        int year = Integer.parseInt(written.group(2));
        return year < DocumentControl.EARLIEST_DATE.getYear() || year > DocumentControl.LATEST_DATE.getYear();
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
