package fr.charteia.compose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a reader of the document's language writes them: « 4 janvier 2027 », "4 January 2027". */
record DateText(DateTimeFormatter formatter) {

    static DateText of(String pattern, Locale locale) {
        return new DateText(DateTimeFormatter.ofPattern(pattern, locale));
    }

    String format(LocalDate date) {
        return formatter.format(date);
    }
}
