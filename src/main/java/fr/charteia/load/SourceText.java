package fr.charteia.load;

import fr.charteia.load.LoadFailure.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire's raw text, line by line, as the syntax diagnoses read it: the parser has failed,
 * so the lines as written are all there is to find the mistake from.
 */
final class SourceText {

    private static final int MAX_QUOTED = 80;

    private final String file;
    private final List<SourceLine> lines;

    SourceText(String file, String text) {
        this.file = file;
        String[] split = text.split("\\R", -1);
        List<SourceLine> read = new ArrayList<>(split.length);
        for (int i = 0; i < split.length; i++) {
            read.add(new SourceLine(i + 1, split[i]));
        }
        this.lines = List.copyOf(read);
    }

    List<SourceLine> lines() {
        return lines;
    }

    /** The line with this number; an empty one past either end, so a diagnosis never has to check. */
    SourceLine line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : new SourceLine(number, "");
    }

    List<SourceLine> upTo(int lastLine) {
        return lines.subList(0, Math.min(Math.max(lastLine, 0), lines.size()));
    }

    Optional<SourceLine> nextContent(int lineNumber) {
        for (int n = lineNumber + 1; n <= lines.size(); n++) {
            if (line(n).isContent()) {
                return Optional.of(line(n));
            }
        }
        return Optional.empty();
    }

    Optional<SourceLine> previousContent(int lineNumber) {
        for (int n = lineNumber - 1; n >= 1; n--) {
            if (line(n).isContent()) {
                return Optional.of(line(n));
            }
        }
        return Optional.empty();
    }

    /** The last character before a position that is not white space, across line ends. */
    Optional<SourcePosition> previousNonSpace(SourcePosition from) {
        int index = from.column() - 2;
        for (int lineNumber = from.line(); lineNumber >= 1; lineNumber--) {
            String text = line(lineNumber).text();
            for (int i = Math.min(index, text.length() - 1); i >= 0; i--) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return Optional.of(new SourcePosition(lineNumber, i + 1));
                }
            }
            index = Integer.MAX_VALUE;
        }
        return Optional.empty();
    }

    LoadFailure failure(Reason reason, Optional<SourcePosition> position, String... details) {
        return new LoadFailure(file, reason, position, Arrays.stream(details).map(SourceText::shorten).toList());
    }

    /** Quoted lines and keys stay short enough for a one-paragraph message, whatever the file holds. */
    private static String shorten(String detail) {
        String printable = detail.replaceAll("\\p{Cntrl}", " ");
        return printable.length() > MAX_QUOTED ? printable.substring(0, MAX_QUOTED) + "…" : printable;
    }

    /** A double-quoted value without its quotes, single quotes doubled for a single-quoted copy. */
    static String unquoted(String value) {
        String inner = value.startsWith("\"") ? value.substring(1) : value;
        inner = inner.endsWith("\"") ? inner.substring(0, inner.length() - 1) : inner;
        return inner.replace("'", "''");
    }

    /** A value written between double quotes, or single quotes when it holds double quotes itself. */
    static String quoted(String value) {
        return value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value + "\"";
    }

    static Optional<SourcePosition> at(int line, int column) {
        return Optional.of(new SourcePosition(line, column));
    }
}
