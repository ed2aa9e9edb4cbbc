package fr.charteia.compose;

import fr.charteia.compose.DocumentView.HistoryRow;
import fr.charteia.model.HistoryEntry;
import java.util.List;
import java.util.Objects;

/**
 * The rows of the charter's version table. A table cell holds one paragraph (the writers accept no
 * line break in a cell), so the lines of a version's changes, often pasted from {@code charte-ia diff}
 * as « - » items, are joined with the language's list separator; a heading line ending with a colon
 * runs into the first item, and an item's full stop gives way to the separator.
 */
final class HistoryRows {

    private final DateText dates;
    private final String separator;

    HistoryRows(DateText dates, String separator) {
        this.dates = dates;
        this.separator = separator;
    }

    List<HistoryRow> of(List<HistoryEntry> history) {
        return history.stream().filter(Objects::nonNull)
                .map(entry -> new HistoryRow(entry.version(), dates.format(entry.date()), entry.author().orElse(""),
                        entry.author().isPresent(), changes(entry.changes())))
                .toList();
    }

    String changes(String text) {
        StringBuilder out = new StringBuilder();
        boolean afterHeading = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ")) {
                line = line.substring(2).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                if (!afterHeading && out.charAt(out.length() - 1) == '.') {
                    out.setLength(out.length() - 1);
                }
                out.append(afterHeading ? " " : separator);
            }
            out.append(line);
            afterHeading = line.endsWith(":");
        }
        return out.toString();
    }

}
