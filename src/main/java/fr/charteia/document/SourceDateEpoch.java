package fr.charteia.document;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code SOURCE_DATE_EPOCH} convention of reproducible builds: when the variable is set, every
 * file is dated at that instant instead of the document's effective date.
 */
public final class SourceDateEpoch {

    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private SourceDateEpoch() {
    }

    /** The instant set in the environment, if any. */
    public static Optional<Instant> fromEnvironment() {
        return parse(System.getenv(VARIABLE));
    }

    /** The instant of a value in seconds since 1970-01-01 UTC; blank or absent means none. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VARIABLE + " must be a number of seconds since 1970-01-01 UTC, not \""
                    + value + "\"", e);
        }
    }
}
