package fr.charteia.compose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as a reader of the document's language writes them: « 4 janvier 2027 », "4 January 2027".
 * French writes the first day of a month as an ordinal: « 1er février 2027 ».
 */
record DateText(DateTimeFormatter formatter, String firstOfMonth) {

    static DateText of(String pattern, Locale locale, String firstOfMonth) {
        return new DateText(DateTimeFormatter.ofPattern(pattern, locale), firstOfMonth);
    }

    static DateText of(String pattern, Locale locale) {
        return of(pattern, locale, "1");
    }

    String format(LocalDate date) {
        String text = formatter.format(date);
        return date.getDayOfMonth() == 1 && text.startsWith("1 ") ? firstOfMonth + text.substring(1) : text;
    }
}
