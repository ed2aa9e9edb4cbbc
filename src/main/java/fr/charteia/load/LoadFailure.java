package fr.charteia.load;

import java.util.List;
import java.util.Optional;

/**
 * Why a file cannot be read as a questionnaire at all (exit code 2). The message is rendered by
 * the caller in the user's language from {@link Reason} and the details.
 *
 * @param details values quoted in the message: the limit, the parser's own words, the schema seen
 */
public record LoadFailure(String file, Reason reason, Optional<SourcePosition> position, List<String> details) {

    public enum Reason {
        NOT_FOUND, NOT_A_FILE, UNSUPPORTED_EXTENSION, TOO_LARGE, IO_ERROR, NOT_UTF8, EMPTY, SYNTAX,
        DUPLICATE_KEY, NOT_A_MAPPING, ALIAS, TOO_DEEP, SEVERAL_DOCUMENTS, UNSUPPORTED_SCHEMA
    }

    public LoadFailure {
        details = List.copyOf(details);
    }
}
