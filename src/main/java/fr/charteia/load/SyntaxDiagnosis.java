package fr.charteia.load;

import static fr.charteia.load.SourceText.at;
import static fr.charteia.load.SourceText.quoted;
import static fr.charteia.load.SourceText.unquoted;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import fr.charteia.load.LoadFailure.Reason;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Finds the mistake behind a parser's complaint. SnakeYAML and Jackson say, in English, where they
 * noticed a problem, often a line after its cause. Hand-written questionnaires go wrong in a few
 * typical ways; each is recognised here from the parser's marks and the raw lines, so the message
 * names the line to change and how. Whatever is not recognised gets a generic reason at the
 * parser's position: the parser's own words never reach the user.
 */
final class SyntaxDiagnosis {

    private static final Pattern CANNOT_START = Pattern.compile("found character '(.)' that cannot start any token");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private final SourceText source;
    private final BlockIndentation blocks;

    private SyntaxDiagnosis(String file, String text) {
        this.source = new SourceText(file, text);
        this.blocks = new BlockIndentation(source);
    }

    static LoadFailure of(String file, String text, QuestionnaireFormat format, StreamReadException e) {
        SyntaxDiagnosis diagnosis = new SyntaxDiagnosis(file, text);
        String message = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.lookingAt()) {
            return diagnosis.duplicateKey(duplicate.group(1), e);
        }
        return format == QuestionnaireFormat.JSON ? JsonSyntaxDiagnosis.of(diagnosis.source, message, e) : diagnosis.yaml(e);
    }

    /**
     * {@code *Urgences} with no anchor {@code &Urgences}: a text starting with « * », not an alias;
     * a real alias is refused as such.
     */
    static LoadFailure alias(String file, String text, String alias, SourcePosition position) {
        SyntaxDiagnosis diagnosis = new SyntaxDiagnosis(file, text);
        if (Pattern.compile("&" + Pattern.quote(alias) + "(?![\\w-])").matcher(text).find()) {
            return diagnosis.source.failure(Reason.ALIAS, Optional.of(position), alias);
        }
        return diagnosis.reservedCharacter(position.line(), position.column() - 1, "*");
    }

    /**
     * {@code - Rappel: à faire} where a text is expected: YAML read a one-line key and value. Such a
     * problem becomes {@link SchemaProblem.Kind#COLON_IN_TEXT}, carrying the text as written.
     */
    static SchemaProblem textReadAsKey(String text, SchemaProblem problem) {
        if (problem.kind() != SchemaProblem.Kind.WRONG_TYPE || problem.expected() != SchemaProblem.Expected.TEXT
                || problem.position().isEmpty()) {
            return problem;
        }
        SyntaxDiagnosis diagnosis = new SyntaxDiagnosis("", text);
        SourcePosition at = problem.position().get();
        SourceLine line = diagnosis.source.line(at.line());
        if (at.column() < 1 || at.column() > line.text().length()) {
            return problem;
        }
        SourceLine item = new SourceLine(at.line(), " ".repeat(at.column() - 1) + line.text().substring(at.column() - 1));
        Optional<SourceLine> next = diagnosis.source.nextContent(at.line());
        boolean oneLine = next.isEmpty() || next.get().indent() < at.column();
        if (item.key().isEmpty() || item.value().isEmpty() || !oneLine) {
            return problem;
        }
        return new SchemaProblem(SchemaProblem.Kind.COLON_IN_TEXT, problem.path(), problem.position(),
                item.body(), SchemaProblem.Expected.TEXT, List.of());
    }

    /**
     * A value read across several lines although written on one: its quote was left open, or the
     * key below it is indented as if it continued the value.
     */
    static Optional<LoadFailure> valueSpilledOver(String file, String text, int lineNumber, String value) {
        SyntaxDiagnosis diagnosis = new SyntaxDiagnosis(file, text);
        if (diagnosis.source.line(lineNumber).text().contains(value.strip())) {
            return Optional.empty();
        }
        return diagnosis.unclosedQuote(lineNumber)
                .or(() -> diagnosis.source.nextContent(lineNumber).flatMap(next -> diagnosis.blocks.indentedUnderValue(next.number())));
    }

    // --- YAML

    private LoadFailure yaml(StreamReadException e) {
        MarkedYAMLException marked = markedCause(e);
        if (String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")) {
            // the parser met a list or a block where a key goes: « ? [a, b] : c », « {a: 1}: x »
            return source.failure(Reason.YAML_COMPLEX_KEY, JsonSyntaxDiagnosis.position(e));
        }
        if (marked == null || marked.getProblemMark() == null) {
            return source.failure(Reason.SYNTAX, JsonSyntaxDiagnosis.position(e));
        }
        Mark problem = marked.getProblemMark();
        int problemLine = problem.getLine() + 1;
        String problemText = String.valueOf(marked.getProblem());
        String context = String.valueOf(marked.getContext());
        Mark contextMark = marked.getContextMark();

        if (context.contains("quoted scalar") && problemText.contains("escape")) {
            // {@code "C:\Partage"}: inside double quotes a backslash starts an escape
            SourceLine line = source.line(problemLine);
            int backslash = line.text().lastIndexOf('\\', Math.min(problem.getColumn(), line.text().length() - 1));
            return source.failure(Reason.BACKSLASH_IN_QUOTES, at(problemLine, backslash + 1), line.key().orElse("-"),
                    line.key().map(key -> key + ": ").orElse("- ") + "'" + unquoted(line.key().isPresent()
                            ? line.value() : line.body()) + "'");
        }
        if (context.contains("quoted scalar") && contextMark != null) {
            return unclosedQuote(contextMark.getLine() + 1, contextMark.getColumn());
        }
        Optional<LoadFailure> found = tab(problemLine).or(() -> unclosedQuote(problemLine));
        if (found.isPresent()) {
            return found.get();
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            Optional<LoadFailure> bracket = unclosedBracket(contextMark);
            if (bracket.isPresent()) {
                return bracket.get();
            }
        }
        Matcher cannotStart = CANNOT_START.matcher(problemText);
        if (cannotStart.find()) {
            return reservedCharacter(problemLine, problem.getColumn(), cannotStart.group(1));
        }
        if (problemText.startsWith("sequence entries are not allowed")) {
            return reservedCharacter(problemLine, problem.getColumn(), "-");
        }
        if (problemText.contains("<document start>")) {
            found = blocks.indentedFirstKey();
        } else if (problemText.startsWith("mapping values are not allowed")) {
            found = colonInText(problemLine, problem.getColumn()).or(() -> blocks.indentedUnderValue(problemLine));
        } else if (problemText.startsWith("expected <block end>")) {
            found = blocks.blockEnd(problemLine, problem.getColumn(), problemText);
        } else if (problemText.startsWith("could not find expected ':'") && contextMark != null) {
            found = missingColon(contextMark.getLine() + 1);
        }
        return found.orElseGet(() -> source.failure(Reason.SYNTAX, at(problemLine, problem.getColumn() + 1)));
    }

    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    /** A tab in the indentation of a line up to where the parser stopped. */
    private Optional<LoadFailure> tab(int lastLine) {
        for (SourceLine line : source.upTo(lastLine)) {
            int tab = line.tabInIndentation();
            if (tab >= 0 && !line.text().strip().startsWith("#")) {
                return Optional.of(source.failure(Reason.TAB, at(line.number(), tab + 1)));
            }
        }
        return Optional.empty();
    }

    /** A value opening with a quote that its line never closes: hand-written texts hold on one line. */
    private Optional<LoadFailure> unclosedQuote(int lastLine) {
        for (SourceLine line : source.upTo(lastLine)) {
            if (!line.isContent()) {
                continue;
            }
            int start = line.key().isPresent() ? line.keyColon() + 1 : line.bodyStart();
            String text = line.text();
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            if (start < text.length() && (text.charAt(start) == '"' || text.charAt(start) == '\'')
                    && closingQuote(text, start) < 0) {
                return Optional.of(unclosedQuote(line.number(), start));
            }
        }
        return Optional.empty();
    }

    private LoadFailure unclosedQuote(int lineNumber, int index) {
        char quote = source.line(lineNumber).text().length() > index ? source.line(lineNumber).text().charAt(index) : '"';
        return source.failure(Reason.UNCLOSED_QUOTE, at(lineNumber, index + 1), String.valueOf(lineNumber),
                String.valueOf(quote), String.valueOf(index + 1));
    }

    /** Index of the quote closing the one at {@code open} ('' and \" are escapes), or -1. */
    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote == '"' && ch == '\\') {
                i++;
            } else if (ch == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private Optional<LoadFailure> unclosedBracket(Mark open) {
        if (open == null) {
            return Optional.empty();
        }
        SourceLine line = source.line(open.getLine() + 1);
        int index = open.getColumn();
        if (index >= line.text().length()) {
            return Optional.empty();
        }
        char opening = line.text().charAt(index);
        char closing = opening == '[' ? ']' : '}';
        int depth = 0;
        for (int i = index; i < line.text().length(); i++) {
            char ch = line.text().charAt(i);
            depth += ch == opening ? 1 : ch == closing ? -1 : 0;
            if (depth == 0) {
                // closed on its own line: the mistake is something else
                return Optional.empty();
            }
        }
        return Optional.of(source.failure(opening == '[' ? Reason.UNCLOSED_BRACKET : Reason.UNCLOSED_BRACE,
                at(line.number(), index + 1), String.valueOf(line.number()), String.valueOf(index + 1)));
    }

    /** {@code name: @Urgences}: a text starting with a character YAML reserves. */
    private LoadFailure reservedCharacter(int lineNumber, int column, String character) {
        SourceLine line = source.line(lineNumber);
        String key = line.key().orElse("-");
        String value = line.key().isPresent() ? line.value() : line.body();
        String fix = (line.key().isPresent() ? key + ": " : "- ") + quoted(value);
        return source.failure(Reason.RESERVED_CHARACTER, at(lineNumber, column + 1), key, character, fix);
    }

    /** {@code description: Règle : ne jamais…}: a second « : » in the value of the line's key. */
    private Optional<LoadFailure> colonInText(int lineNumber, int column) {
        SourceLine line = source.line(lineNumber);
        if (line.key().isEmpty() || column <= line.keyColon() || line.value().isEmpty()
                || "{[\"'".indexOf(line.value().charAt(0)) >= 0) {
            return Optional.empty();
        }
        String key = line.key().get();
        return Optional.of(source.failure(Reason.COLON_IN_TEXT, at(lineNumber, column + 1), key,
                key + ": " + quoted(line.value())));
    }


    /** The parser found a line without « : »: a value put under its key, or a key without its colon. */
    private Optional<LoadFailure> missingColon(int lineNumber) {
        SourceLine line = source.line(lineNumber);
        if (!line.isContent()) {
            return Optional.empty();
        }
        Optional<SourceLine> previous = source.previousContent(lineNumber);
        if (previous.isPresent() && previous.get().key().isPresent() && previous.get().value().isEmpty()
                && line.indent() <= previous.get().keyColumn() - 1) {
            String key = previous.get().key().get();
            return Optional.of(source.failure(Reason.VALUE_ON_NEXT_LINE, at(lineNumber, line.indent() + 1), key,
                    String.valueOf(previous.get().number()), key + ": " + line.body()));
        }
        return Optional.of(source.failure(Reason.MISSING_COLON, at(lineNumber, line.indent() + 1), String.valueOf(lineNumber),
                line.body()));
    }

    // --- duplicate keys (both syntaxes)

    private LoadFailure duplicateKey(String key, StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            JsonStreamContext object = parser.getParsingContext();
            String path = object.getParent() == null ? "" : FieldPaths.of(object.getParent());
            Optional<SourcePosition> where = Optional.of(SourcePosition.of(parser.currentTokenLocation()));
            if (FormatShape.isRecordInList(path)) {
                String list = path.replaceAll("\\[\\d+]$", "");
                list = list.substring(Math.max(list.lastIndexOf('.'), list.lastIndexOf(']')) + 1);
                SourceLine line = source.line(where.get().line());
                return source.failure(Reason.MISSING_DASH, where, String.valueOf(line.number()), line.text().strip(), list);
            }
            return source.failure(Reason.DUPLICATE_KEY, where, key);
        }
        return source.failure(Reason.DUPLICATE_KEY, JsonSyntaxDiagnosis.position(e), key);
    }
}
