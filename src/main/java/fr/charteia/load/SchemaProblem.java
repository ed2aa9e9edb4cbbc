package fr.charteia.load;

import java.util.List;
import java.util.Optional;

/**
 * A shape problem found while reading: the file was readable but a key or value does not fit
 * format v1. The validation layer turns it into a localised Q-SCHEMA finding.
 *
 * @param value the offending key or value as written, when there is one
 * @param expected what was expected there
 * @param choices the allowed values (enum) or the closest known key (unknown key)
 */
public record SchemaProblem(
        Kind kind, String path, Optional<SourcePosition> position, String value, Expected expected, List<String> choices) {

    public enum Kind {
        UNKNOWN_KEY, WRONG_TYPE, BAD_VALUE,
        /** A one-line text holding « : » that YAML read as a key and its value ({@code - Rappel: à faire}). */
        COLON_IN_TEXT,
        /** A list longer than its documented limit ({@link SizeLimits}): the value is its count, the choice its limit. */
        TOO_MANY,
        /** A text longer than {@link SizeLimits#TEXT}: the value is its length, the choice the limit. */
        TOO_LONG,
        /** A character the documents cannot carry (control, lone surrogate, U+FEFF, noncharacter): see TextCharacters. */
        FORBIDDEN_CHARACTER
    }

    /** The shape expected at a place, used to say in words what to write. */
    public enum Expected { TEXT, LIST, MAPPING, BOOLEAN, DATE, CHOICE, NUMBER, OTHER }

    public SchemaProblem {
        choices = List.copyOf(choices);
        value = value == null ? "" : value;
    }
}
