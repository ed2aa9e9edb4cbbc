package fr.charteia.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * A Markdown table as both writers read it: its header rows, its body rows, as many columns as its
 * widest row, and the plain text of every cell for the column widths ({@link ColumnWeights}).
 *
 * @param matrix whether a cell holds a status mark: a tool × data matrix, whose first column holds labels
 */
public record TableRows(List<TableRow> head, List<TableRow> body, int columns, boolean matrix) {

    public TableRows {
        head = List.copyOf(head);
        body = List.copyOf(body);
    }

    public static TableRows of(TableBlock block) {
        List<TableRow> head = new ArrayList<>();
        List<TableRow> body = new ArrayList<>();
        int columns = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow tableRow) {
                    (section instanceof TableHead ? head : body).add(tableRow);
                    columns = Math.max(columns, cells(tableRow).size());
                }
            }
        }
        return new TableRows(head, body, columns, StatusMark.findIn(block).isPresent());
    }

    /** Every row, the header's first. */
    public List<TableRow> all() {
        List<TableRow> all = new ArrayList<>(head);
        all.addAll(body);
        return all;
    }

    /** The plain text of the header cells, one list per header row. */
    public List<List<String>> headTexts() {
        return texts(head);
    }

    /** The plain text of the body cells, one list per row. */
    public List<List<String>> bodyTexts() {
        return texts(body);
    }

    /** The cells of a row, as many as it has: a short row leaves the last columns empty. */
    public static List<TableCell> cells(TableRow row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                cells.add(tableCell);
            }
        }
        return cells;
    }

    private static List<List<String>> texts(List<TableRow> rows) {
        List<List<String>> texts = new ArrayList<>();
        for (TableRow row : rows) {
            texts.add(cells(row).stream().map(PlainText::of).toList());
        }
        return texts;
    }
}
