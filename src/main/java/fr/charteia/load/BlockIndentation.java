package fr.charteia.load;

import static fr.charteia.load.SourceText.at;
import static fr.charteia.load.SourceText.quoted;

import fr.charteia.load.LoadFailure.Reason;
import java.util.Optional;

/**
 * Finds which line of a YAML block is out of line when the parser gives up on its structure: a key
 * aligned with nothing above it, the first key of a block moved, a key indented under a key that
 * already has its value, a « - » away from its list, an item that lost its « - ».
 */
final class BlockIndentation {

    private final SourceText source;

    BlockIndentation(SourceText source) {
        this.source = source;
    }

    /** {@code name: X} then {@code    unit: Y} indented deeper: a key under a key that has a value. */
    Optional<LoadFailure> indentedUnderValue(int lineNumber) {
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
    Optional<LoadFailure> blockEnd(int lineNumber, int column, String problem) {
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
    Optional<LoadFailure> indentedFirstKey() {
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
}
