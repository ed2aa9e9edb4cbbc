package fr.charteia.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.ContentReference;
import fr.charteia.load.LoadFailure.Reason;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the mistake behind Jackson's complaint about a hand-written JSON questionnaire: a trailing or
 * missing comma, an unquoted key or value, a comment, a brace left open. The message points at the
 * character to change, which is often before where Jackson stopped.
 */
final class JsonSyntaxDiagnosis {

    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");

    private final SourceText source;

    private JsonSyntaxDiagnosis(SourceText source) {
        this.source = source;
    }

    static LoadFailure of(SourceText source, String message, StreamReadException e) {
        return new JsonSyntaxDiagnosis(source).diagnose(message, e);
    }

    /** Where Jackson stopped, when it says. */
    static Optional<SourcePosition> position(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? Optional.empty() : Optional.of(SourcePosition.of(e.getLocation()));
    }

    private LoadFailure diagnose(String message, StreamReadException e) {
        Optional<SourcePosition> where = position(e);
        JsonStreamContext context = e.getProcessor() == null ? null : e.getProcessor().getParsingContext();
        if (message.startsWith("Unexpected end-of-input") && e.getProcessor() != null) {
            // the innermost block still open: the last one the user began is the likeliest left open
            JsonStreamContext open = e.getProcessor().getParsingContext();
            if (open != null && !open.inRoot()) {
                JsonLocation start = open.startLocation(ContentReference.unknown());
                String opening = open.inArray() ? "[" : "{";
                return source.failure(Reason.JSON_UNCLOSED, Optional.of(SourcePosition.of(start)), opening,
                        String.valueOf(start.getLineNr()), String.valueOf(start.getColumnNr()), open.inArray() ? "]" : "}");
            }
        }
        if (message.contains("maybe a (non-standard) comment")) {
            return source.failure(Reason.JSON_COMMENT, where);
        }
        if (context != null && context.inRoot() && context.getEntryCount() > 0) {
            // the questionnaire's closing brace is behind: whatever the parser stumbled on, it is in excess
            return source.failure(Reason.JSON_TRAILING_CONTENT, where);
        }
        if (message.contains("was expecting double-quote to start field name")) {
            if (message.startsWith("Unexpected character ('}'") || message.startsWith("Unexpected character (']'")) {
                return source.failure(Reason.JSON_TRAILING_COMMA, where.flatMap(this::commaBefore).or(() -> where));
            }
            return source.failure(Reason.JSON_UNQUOTED_KEY, where);
        }
        if (message.contains("was expecting comma to separate")) {
            return source.failure(Reason.JSON_MISSING_COMMA, where.flatMap(this::afterPrevious).or(() -> where));
        }
        if (message.contains("was expecting a colon")) {
            return source.failure(Reason.JSON_MISSING_COLON, where.flatMap(this::afterPrevious).or(() -> where));
        }
        if (message.startsWith("Unexpected character (''' (code 39))")) {
            return source.failure(Reason.JSON_SINGLE_QUOTES, where);
        }
        if (message.contains("Leading zeroes not allowed")) {
            return source.failure(Reason.JSON_LEADING_ZERO, where);
        }
        Matcher nonStandard = NON_STANDARD.matcher(message);
        if (nonStandard.find()) {
            return source.failure(Reason.JSON_NOT_A_NUMBER, where, nonStandard.group(1));
        }
        if (message.contains("in numeric value") || message.startsWith("Unexpected character ('.'")
                || message.startsWith("Unexpected character ('+'")) {
            return source.failure(Reason.JSON_BAD_NUMBER, where);
        }
        if (message.startsWith("Illegal unquoted character")) {
            return source.failure(Reason.JSON_CONTROL_IN_TEXT, where);
        }
        if (message.startsWith("Unrecognized character escape") || message.contains("character escape sequence")) {
            return source.failure(Reason.JSON_BAD_ESCAPE, where);
        }
        if (message.startsWith("Unexpected close marker") && context != null && !context.inRoot()) {
            JsonLocation start = context.startLocation(ContentReference.unknown());
            return source.failure(Reason.JSON_MISMATCHED_CLOSE, where, context.inArray() ? "[" : "{",
                    String.valueOf(start.getLineNr()), String.valueOf(start.getColumnNr()), context.inArray() ? "]" : "}");
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.find()) {
            return source.failure(Reason.JSON_UNQUOTED_VALUE, where, unrecognized.group(1));
        }
        return source.failure(Reason.JSON_SYNTAX, where);
    }

    /** Jackson points at the '}' or ']' after a trailing comma: the comma is the thing to remove. */
    private Optional<SourcePosition> commaBefore(SourcePosition closing) {
        return source.previousNonSpace(closing).filter(p -> source.line(p.line()).text().charAt(p.column() - 1) == ',');
    }

    /** Jackson points at the item after a missing comma: the comma goes right after the item before. */
    private Optional<SourcePosition> afterPrevious(SourcePosition next) {
        return source.previousNonSpace(next).map(p -> new SourcePosition(p.line(), p.column() + 1));
    }
}
