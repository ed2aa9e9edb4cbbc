package fr.charteia.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as people write them by hand (12/03/2027, 2027-3-12, 12 mars 2027), read only to show the
 * user their own date in the form the format wants. The format itself accepts AAAA-MM-JJ alone:
 * 03/04/2027 is the 3rd of April in France and the 4th of March elsewhere.
 */
public final class HandWrittenDates {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final List<DateTimeFormatter> FORMS = List.of(
            formatter("d/M/uuuu", Locale.FRENCH), formatter("d-M-uuuu", Locale.FRENCH),
            formatter("d.M.uuuu", Locale.FRENCH), formatter("uuuu-M-d", Locale.FRENCH),
            formatter("uuuu/M/d", Locale.FRENCH), formatter("d MMMM uuuu", Locale.FRENCH),
            formatter("d MMMM uuuu", Locale.ENGLISH), formatter("MMMM d uuuu", Locale.ENGLISH));

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

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
