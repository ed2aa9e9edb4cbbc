package fr.charteia.render.pdf;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.StatusMark;
import fr.charteia.document.TableRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;

/**
 * Markdown tables as XHTML tables: column widths from {@link ColumnShares} (as in the Word file),
 * a header row the layout engine repeats on every page, cells aligned as the Markdown says, status
 * cells classed by status for their fill and symbol. A matrix's first column holds row headers. A
 * signature form leaves its widths to the stylesheet.
 */
final class XhtmlTables {

    /** What a table is for: read, signed by hand, or consulted (small type). */
    enum Kind {
        PLAIN, SIGNATURES, COMPACT
    }

    private final Markup out;
    private final XhtmlText text;
    private final XhtmlInlines inlines;
    private final DocumentKind documentKind;

    XhtmlTables(Markup out, XhtmlText text, XhtmlInlines inlines, DocumentKind documentKind) {
        this.out = out;
        this.text = text;
        this.inlines = inlines;
        this.documentKind = documentKind;
    }

    void write(TableBlock block, Kind kind) {
        TableRows rows = TableRows.of(block);
        int columns = rows.columns();
        if (columns == 0) {
            return;
        }
        boolean signatures = kind == Kind.SIGNATURES;
        boolean compact = kind == Kind.COMPACT;
        boolean matrix = !signatures && rows.matrix();
        out.open("table", "class", signatures ? "signatures" : matrix ? "matrix" : compact ? "data compact" : "data");
        if (!signatures) {
            double[] shares = ColumnShares.of(documentKind, matrix, compact, columns, rows.headTexts(),
                    rows.bodyTexts());
            out.open("colgroup");
            for (double share : shares) {
                out.empty("col", "style", String.format(Locale.ROOT, "width: %.2f%%", share));
            }
            out.close("colgroup");
        }
        if (!rows.head().isEmpty()) {
            out.open("thead");
            for (TableRow row : rows.head()) {
                row(row, columns, true, false);
            }
            out.close("thead");
        }
        out.open("tbody");
        for (TableRow row : rows.body()) {
            row(row, columns, false, matrix);
        }
        out.close("tbody");
        out.close("table");
    }

    private void row(TableRow row, int columns, boolean header, boolean rowHeaders) {
        out.open("tr");
        List<TableCell> cells = TableRows.cells(row);
        for (int c = 0; c < columns; c++) {
            TableCell cell = c < cells.size() ? cells.get(c) : null;
            text.at((header ? "table header " : "table cell ") + (cell == null ? "(empty)" : XhtmlText.excerpt(cell)));
            String element = header || (rowHeaders && c == 0) ? "th" : "td";
            String scope = header ? "col" : rowHeaders && c == 0 ? "row" : null;
            if (scope == null) {
                out.open(element, "class", classes(cell));
            } else {
                out.open(element, "scope", scope, "class", classes(cell));
            }
            if (cell != null) {
                inlines.write(cell);
            }
            out.close(element);
        }
        out.close("tr");
    }

    /** A cell's classes: its alignment, and its status for the fill and the symbol; null when it has none. */
    private static String classes(TableCell cell) {
        if (cell == null) {
            return null;
        }
        List<String> classes = new ArrayList<>();
        if (cell.getAlignment() != null) {
            classes.add("align-" + cell.getAlignment().name().toLowerCase(Locale.ROOT));
        }
        Optional<StatusMark> status = StatusMark.findIn(cell);
        status.ifPresent(mark -> {
            classes.add("status");
            classes.add("status-" + mark.status().cssClass());
        });
        return classes.isEmpty() ? null : String.join(" ", classes);
    }
}
