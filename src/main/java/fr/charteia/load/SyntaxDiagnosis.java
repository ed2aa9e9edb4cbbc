package fr.charteia.load;

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

    private SyntaxDiagnosis(String file, String text) {
        this.source = new SourceText(file, text);
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
                .or(() -> diagnosis.source.nextContent(lineNumber).flatMap(next -> diagnosis.indentedUnderValue(next.number())));
    }

    // --- YAML

    private LoadFailure yaml(StreamReadException e) {
        MarkedYAMLException marked = markedCause(e);
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
            found = indentedFirstKey();
        } else if (problemText.startsWith("mapping values are not allowed")) {
            found = colonInText(problemLine, problem.getColumn()).or(() -> indentedUnderValue(problemLine));
        } else if (problemText.startsWith("expected <block end>")) {
            found = blockEnd(problemLine, problem.getColumn(), problemText);
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

    /** {@code name: X} then {@code    unit: Y} indented deeper: a key under a key that has a value. */
    private Optional<LoadFailure> indentedUnderValue(int lineNumber) {
        SourceLine line = source.line(lineNumber);
        Optional<LoadFailure> moved = movedFirstKey(line);
        if (moved.isPresent()) {
            return moved;
        }
        Optional<SourceLine> previous = source.previousContent(lineNumber);
        if (line.key().isEmpty() || previous.isEmpty() || previous.get().key().isEmpty()
                || line.keyColumn() <= previous.get().keyColumn()) {
            return Optional.empty();
        }
        SourceLine above = previous.get();
        return Optional.of(source.failure(Reason.INDENTED_UNDER_VALUE, at(lineNumber, line.keyColumn()), line.key().get(),
                above.key().get(), String.valueOf(above.number()), String.valueOf(above.keyColumn()), above.value()));
    }

    /** The parser expected a block to end: a key or a « - » that lines up with nothing above it. */
    private Optional<LoadFailure> blockEnd(int lineNumber, int column, String problem) {
        SourceLine line = source.line(lineNumber);
        if (problem.endsWith("'<scalar>'")) {
            return textAfterClosedValue(line, column);
        }
        if (line.startsWithDash()) {
            return misalignedDash(line);
        }
        Optional<SourceLine> previous = source.previousContent(lineNumber);
        if (line.body().startsWith("{") && previous.isPresent() && previous.get().startsWithDash()
                && previous.get().indent() < line.indent()) {
            // {@code - { id: a }} then {@code   { id: b }}: an item of a list written one per line
            return Optional.of(missingDash(line, listName(previous.get())));
        }
        if (line.key().isEmpty()) {
            return Optional.empty();
        }
        int indent = line.indent();
        Optional<SourceLine> dashAbove = itemAbove(line);
        if (dashAbove.isPresent()) {
            return Optional.of(missingDash(line, listName(dashAbove.get())));
        }
        Optional<LoadFailure> moved = movedFirstKey(line);
        if (moved.isPresent()) {
            return moved;
        }
        Optional<SourceLine> deeper = Optional.empty();
        Optional<SourceLine> shallower = Optional.empty();
        for (int n = lineNumber - 1; n >= 1 && shallower.isEmpty(); n--) {
            SourceLine above = source.line(n);
            if (!above.isContent()) {
                continue;
            }
            int aboveColumn = above.key().isPresent() ? above.keyColumn() - 1 : above.indent();
            if (aboveColumn > indent && deeper.isEmpty()) {
                deeper = Optional.of(above);
            } else if (aboveColumn < indent) {
                shallower = Optional.of(above);
            }
        }
        if (deeper.isEmpty()) {
            // nothing above is deeper: the key went right, under a key that already has its value
            return indentedUnderValue(lineNumber);
        }
        if (shallower.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(source.failure(Reason.KEY_MISALIGNED, at(lineNumber, line.keyColumn()), line.key().get(),
                label(deeper.get()), String.valueOf(deeper.get().number()), String.valueOf(column(deeper.get())),
                label(shallower.get()), String.valueOf(shallower.get().number()), String.valueOf(column(shallower.get()))));
    }

    /**
     * The parser stops at the second key of a block when the first one moved: if this line lines
     * up with the key after it, the first key of the block (the line above) is the one to move.
     */
    private Optional<LoadFailure> movedFirstKey(SourceLine line) {
        Optional<SourceLine> previous = source.previousContent(line.number());
        Optional<SourceLine> next = source.nextContent(line.number());
        if (line.key().isEmpty() || previous.isEmpty() || previous.get().key().isEmpty() || next.isEmpty()
                || next.get().key().isEmpty() || next.get().startsWithDash() || next.get().keyColumn() != line.keyColumn()) {
            return Optional.empty();
        }
        SourceLine first = previous.get();
        boolean opensBlock = first.startsWithDash() || source.previousContent(first.number())
                .filter(parent -> parent.key().isPresent() && parent.value().isEmpty()
                        && parent.keyColumn() < Math.min(first.keyColumn(), line.keyColumn()))
                .isPresent();
        if (!opensBlock || first.keyColumn() == line.keyColumn()) {
            return Optional.empty();
        }
        return Optional.of(source.failure(Reason.FIRST_KEY_MISALIGNED, at(first.number(), first.keyColumn()), first.key().get(),
                line.key().get(), String.valueOf(line.number()), String.valueOf(line.keyColumn())));
    }

    /** How a message names a line: by its key, else by its beginning ({@code - { id: a, …}). */
    private static String label(SourceLine line) {
        String body = line.text().strip();
        return line.key().orElse(body.length() > 30 ? body.substring(0, 30) + "…" : body);
    }

    private static int column(SourceLine line) {
        return line.key().isPresent() ? line.keyColumn() : line.indent() + 1;
    }

    /** {@code  schema: charte-ia/1} with a space before it: the whole file is read as one block that then ends. */
    private Optional<LoadFailure> indentedFirstKey() {
        return source.lines().stream().filter(SourceLine::isContent).findFirst().filter(first -> first.indent() > 0)
                .map(first -> source.failure(Reason.FIRST_KEY_INDENTED, at(first.number(), 1), String.valueOf(first.number()),
                        label(first)));
    }

    /** {@code name: "Le "grand" service"} or {@code name: [Urgences] adultes}: text after a closed value. */
    private Optional<LoadFailure> textAfterClosedValue(SourceLine line, int column) {
        if (line.key().isEmpty() || line.value().isEmpty()) {
            return Optional.empty();
        }
        String key = line.key().get();
        String value = line.value();
        char first = value.charAt(0);
        if (first == '"') {
            return Optional.of(source.failure(Reason.INNER_QUOTE, at(line.number(), column + 1), key,
                    key + ": '" + value.substring(1, value.length() - (value.endsWith("\"") ? 1 : 0)).replace("'", "''") + "'"));
        }
        if (first == '[' || first == '{') {
            return Optional.of(source.failure(Reason.RESERVED_CHARACTER, at(line.number(), line.keyColon() + 3), key,
                    String.valueOf(first), key + ": " + quoted(value)));
        }
        return Optional.empty();
    }

    /**
     * A « - » the parser could not place: not under the dashes of its list, left of the list's key,
     * or the item above it (the list's first) lost its own dash.
     */
    private Optional<LoadFailure> misalignedDash(SourceLine line) {
        Optional<SourceLine> below = Optional.empty();
        for (int n = line.number() - 1; n >= 1; n--) {
            SourceLine above = source.line(n);
            if (!above.isContent()) {
                continue;
            }
            if (above.startsWithDash()) {
                if (above.indent() == line.indent()) {
                    return Optional.empty();
                }
                // a deeper dash whose own key is deeper than this line belongs to a nested list: go on up
                if (above.indent() < line.indent() || ownerIndent(above) < line.indent()) {
                    return Optional.of(source.failure(Reason.DASH_MISALIGNED, at(line.number(), line.indent() + 1),
                            String.valueOf(line.number()), String.valueOf(above.number()), String.valueOf(above.indent() + 1)));
                }
            } else if (above.key().isPresent() && above.value().isEmpty()) {
                if (below.isEmpty() && above.indent() > line.indent()) {
                    return Optional.of(source.failure(Reason.LIST_LEFT_OF_KEY, at(line.number(), line.indent() + 1),
                            above.key().get(), String.valueOf(above.number()), String.valueOf(above.indent() + 1)));
                }
                if (above.indent() < line.indent()) {
                    // {@code tools:} then {@code     id: a} …: the list's first item lost its dash
                    return below.filter(first -> !first.startsWithDash() && first.indent() > line.indent()
                            && (first.key().isPresent() || first.body().startsWith("{")))
                            .map(first -> missingDash(first, above.key().get()));
                }
            }
            if (above.indent() < line.indent()) {
                return Optional.empty();
            }
            below = Optional.of(above);
        }
        return Optional.empty();
    }

    /** Indentation of the key a list item belongs to: the nearest line above it that is less indented. */
    private int ownerIndent(SourceLine item) {
        for (int n = item.number() - 1; n >= 1; n--) {
            SourceLine above = source.line(n);
            if (above.isContent() && above.indent() < item.indent()) {
                return above.indent();
            }
        }
        return -1;
    }

    /** The item line above whose « - » stands at this line's indentation, with nothing shallower between. */
    private Optional<SourceLine> itemAbove(SourceLine line) {
        for (int n = line.number() - 1; n >= 1; n--) {
            SourceLine above = source.line(n);
            if (!above.isContent() || above.indent() > line.indent()) {
                continue;
            }
            return above.indent() == line.indent() && above.startsWithDash() ? Optional.of(above) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The key a list of items belongs to: the nearest key line above the item, less indented. */
    private String listName(SourceLine item) {
        for (int n = item.number() - 1; n >= 1; n--) {
            SourceLine above = source.line(n);
            if (above.isContent() && above.indent() < item.indent() && above.key().isPresent()) {
                return above.key().get();
            }
            if (above.isContent() && above.indent() == item.indent() && above.key().isPresent() && !above.startsWithDash()) {
                return above.key().get();
            }
        }
        return "";
    }

    private LoadFailure missingDash(SourceLine line, String list) {
        return source.failure(Reason.MISSING_DASH, at(line.number(), line.keyColumn()), String.valueOf(line.number()),
                line.text().strip(), list);
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

    // --- helpers

    /** A double-quoted value without its quotes, single quotes doubled for a single-quoted copy. */
    private static String unquoted(String value) {
        String inner = value.startsWith("\"") ? value.substring(1) : value;
        inner = inner.endsWith("\"") ? inner.substring(0, inner.length() - 1) : inner;
        return inner.replace("'", "''");
    }

    /** A value written between double quotes, or single quotes when it holds double quotes itself. */
    private static String quoted(String value) {
        return value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value + "\"";
    }

    private static Optional<SourcePosition> at(int line, int column) {
        return Optional.of(new SourcePosition(line, column));
    }
}
