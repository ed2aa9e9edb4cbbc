package fr.charteia.load;

import java.util.List;
import java.util.Optional;

/**
 * Why a file cannot be read as a questionnaire at all (exit code 2). The message is rendered by
 * the caller in the user's language from {@link Reason} and the details.
 *
 * @param details values quoted in the message: the limit, the key or line at fault, the schema seen; never
 *     the parser's own (English) words
 */
public record LoadFailure(String file, Reason reason, Optional<SourcePosition> position, List<String> details) {

    public enum Reason {
        NOT_FOUND, NOT_A_FILE, UNSUPPORTED_EXTENSION, TOO_LARGE, IO_ERROR, NOT_UTF8, EMPTY,
        /** The path cannot be reached for another reason than a missing file (see {@link PathTrouble}). */
        LINK_LOOP, NO_ACCESS, UNREACHABLE,
        /** A syntax error none of the reasons below explains: where, and the three things to check. */
        SYNTAX,
        // Hand-written YAML's usual mistakes, recognised by SyntaxDiagnosis
        TAB, COLON_IN_TEXT, MISSING_DASH, KEY_MISALIGNED, FIRST_KEY_MISALIGNED, INDENTED_UNDER_VALUE, DASH_MISALIGNED, LIST_LEFT_OF_KEY,
        UNCLOSED_QUOTE, UNCLOSED_BRACKET, UNCLOSED_BRACE, INNER_QUOTE, BACKSLASH_IN_QUOTES, RESERVED_CHARACTER, VALUE_ON_NEXT_LINE,
        MISSING_COLON, FIRST_KEY_INDENTED,
        // JSON's
        JSON_SYNTAX, JSON_TRAILING_COMMA, JSON_MISSING_COMMA, JSON_UNQUOTED_KEY, JSON_UNQUOTED_VALUE, JSON_UNCLOSED,
        JSON_COMMENT, JSON_TRAILING_CONTENT, JSON_MISSING_COLON, JSON_SINGLE_QUOTES, JSON_LEADING_ZERO, JSON_NOT_A_NUMBER,
        JSON_BAD_NUMBER, JSON_CONTROL_IN_TEXT, JSON_BAD_ESCAPE, JSON_MISMATCHED_CLOSE,
        /** {@code ? [a, b] : c}, {@code {a: 1}: x}: a key that is a list or a block, which the format never has. */
        YAML_COMPLEX_KEY,
        /** Saved as UTF-16 (« Unicode » in Notepad and PowerShell), with or without a byte order mark. */
        UTF16,
        /** A value past the parser's limits: {@code d0} its length, {@code d1} the limit. */
        NUMBER_TOO_LONG, TEXT_TOO_LONG, KEY_TOO_LONG,
        DUPLICATE_KEY, NOT_A_MAPPING, ALIAS, TOO_DEEP, SEVERAL_DOCUMENTS, UNSUPPORTED_SCHEMA,
        /** A control character or noncharacter written as is, which the YAML or JSON reader refuses: see TextCharacters. */
        FORBIDDEN_CHARACTER
    }

    public LoadFailure {
        details = List.copyOf(details);
    }
}
