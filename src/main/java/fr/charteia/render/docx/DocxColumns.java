package fr.charteia.render.docx;

import fr.charteia.document.Column;
import fr.charteia.document.Columns;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Columns side by side: a borderless one-row table, one cell per column, so that "what I may do"
 * and "what I must never do" face each other. A table rather than Word section columns, which
 * would need section breaks that disturb headers and footers.
 */
final class DocxColumns {

    /** Room between two columns, in twips (about 0.4 cm). */
    private static final int GUTTER = 227;

    private DocxColumns() {
    }

    static void write(Columns columns, BlockContainer out, DocxBlocks blocks, String paragraphStyle) {
        List<Column> cells = columns.columns();
        if (cells.isEmpty()) {
            return;
        }
        int width = out.width() / cells.size();
        int[] widths = new int[cells.size()];
        java.util.Arrays.fill(widths, width);
        XWPFTable table = out.table(1, cells.size());
        TableFormat.frame(table, widths, false);
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = table.getRow(0).getCell(i);
            CellBody body = new CellBody(cell, width - GUTTER);
            blocks.blocks(cells.get(i), body, paragraphStyle);
            body.finish();
        }
    }
}
