package fr.charteia.document;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code SOURCE_DATE_EPOCH} convention of reproducible builds: when the variable is set, every
 * file is dated at that instant instead of the document's effective date.
 */
public final class SourceDateEpoch {

    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    /**
     * The last second a document can be dated at: PDF/A writes a year in four digits (XMP and
     * document information dates, veraPDF 6.6.2.3.1), and the convention counts from 1970.
     */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private SourceDateEpoch() {
    }

    /** The instant set in the environment, if any. */
    public static Optional<Instant> fromEnvironment() {
        return parse(System.getenv(VARIABLE));
    }

    /**
     * The instant of a value in seconds since 1970-01-01 UTC; blank or absent means none.
     *
     * @throws Refused when the value is not a whole number of seconds from 0 to {@link #LATEST}
     */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        long seconds;
        try {
            seconds = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new Refused(value, VARIABLE + " must be a number of seconds since 1970-01-01 UTC, not \"" + value + "\"");
        }
        if (seconds < 0 || seconds > LATEST.getEpochSecond()) {
            throw new Refused(value, VARIABLE + " must be from 0 to " + LATEST.getEpochSecond() + " (" + LATEST
                    + "), not \"" + value + "\"");
        }
        return Optional.of(Instant.ofEpochSecond(seconds));
    }

    /** Whether documents can be dated at this instant. */
    public static boolean accepts(Instant instant) {
        return !instant.isBefore(Instant.EPOCH) && !instant.isAfter(LATEST);
    }

    /** The variable holds something else than a number of seconds documents can be dated at. */
    public static final class Refused extends IllegalArgumentException {

        private static final int MAX_SHOWN = 40;

        private final String value;

        Refused(String value, String message) {
            super(message);
            this.value = value;
        }

        /** The value as set, kept short and with control characters shown as codes, to quote in a message. */
        public String shownValue() {
            StringBuilder shown = new StringBuilder();
            value.codePoints().limit(MAX_SHOWN).forEach(c -> shown.append(Character.isISOControl(c)
                    ? String.format("\\u%04X", c) : Character.toString(c)));
            return value.codePointCount(0, value.length()) > MAX_SHOWN ? shown + "…" : shown.toString();
        }
    }
}
