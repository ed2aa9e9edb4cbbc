package fr.charteia.render.docx;

import fr.charteia.document.ColumnWeights;
import fr.charteia.document.StatusMark;
import fr.charteia.document.TableRows;
import fr.charteia.render.TextWidths;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;

/**
 * Markdown tables: full width, a shaded header row repeated on every page, rows that never split
 * across pages, status cells shaded by status with their word in bold. A tool × data matrix (a
 * table with status cells) gives its first column more room; other tables share the width by
 * the length of their content; either way no column is narrower than its longest word when the
 * width allows. A signature form gets equal columns and tall rows to sign in.
 */
final class DocxTables {

    /** Room to sign by hand: 1 cm. */
    static final int SIGNATURE_ROW_HEIGHT = 567;


    private DocxTables() {
    }

    /** What a table is for: read, signed by hand, or consulted (small type). */
    enum Kind {
        PLAIN, SIGNATURES, COMPACT
    }

    static void write(TableBlock block, BlockContainer out, Kind kind, DocxLayout layout) {
        boolean signatures = kind == Kind.SIGNATURES;
        TableRows table = TableRows.of(block);
        int columns = table.columns();
        if (columns == 0) {
            return;
        }
        int size = kind == Kind.COMPACT ? layout.smallSize() : layout.tableSize();
        List<List<String>> headTexts = table.headTexts();
        List<List<String>> bodyTexts = table.bodyTexts();
        int[] widths = signatures ? ColumnWidths.equal(columns, out.width())
                : ColumnWidths.fit(table.matrix() ? ColumnWeights.matrix(columns, headTexts, bodyTexts)
                        : ColumnWeights.content(columns, headTexts, bodyTexts, out.width() / (size * 10.0)),
                        minimumWidths(columns, headTexts, bodyTexts, size, table.matrix()), out.width());
        List<TableRow> rows = table.all();
        XWPFTable written = out.table(rows.size(), columns);
        TableFormat.frame(written, widths, true);
        for (int r = 0; r < rows.size(); r++) {
            TableRow source = rows.get(r);
            XWPFTableRow row = written.getRow(r);
            boolean header = r < table.head().size();
            TableFormat.keepTogether(row);
            if (header) {
                TableFormat.header(row);
            } else if (signatures) {
                TableFormat.minimumHeight(row, SIGNATURE_ROW_HEIGHT);
            }
            List<TableCell> cells = TableRows.cells(source);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                CellBody body = new CellBody(cell, widths[c]);
                XWPFParagraph paragraph = body.paragraph(kind == Kind.COMPACT ? DocxStyles.TABLE_SMALL : DocxStyles.TABLE_TEXT);
                if (c < cells.size()) {
                    cell(cells.get(c), cell, paragraph, header);
                }
            }
        }
    }

    private static void cell(TableCell source, XWPFTableCell cell, XWPFParagraph paragraph, boolean header) {
        Optional<StatusMark> status = StatusMark.findIn(source);
        status.ifPresent(mark -> {
            TableFormat.shade(cell, DocxPalette.fill(mark.status()));
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        });
        alignment(source.getAlignment(), status.isPresent()).ifPresent(paragraph::setAlignment);
        DocxInlines.write(source, paragraph, header ? DocxInlines.Look.BOLD : DocxInlines.Look.PLAIN);
    }

    private static Optional<ParagraphAlignment> alignment(TableCell.Alignment alignment, boolean status) {
        if (alignment == null) {
            return status ? Optional.of(ParagraphAlignment.CENTER) : Optional.empty();
        }
        return Optional.of(switch (alignment) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        });
    }

    /** Room for each column's longest word, measured with Arial's metrics, plus the cell margins, in twips. */
    private static int[] minimumWidths(int columns, List<List<String>> header, List<List<String>> body, int halfPoints,
            boolean matrix) {
        double[] ems = TextWidths.shipped().longestWords(columns, header, body, matrix);
        int[] minimums = new int[columns];
        for (int c = 0; c < columns; c++) {
            minimums[c] = (int) Math.ceil(ems[c] * halfPoints * 10) + 2 * TableFormat.CELL_MARGIN_SIDE + 30;
        }
        return minimums;
    }
}
