package fr.charteia.render.docx;

import fr.charteia.document.Callout;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A callout: a one-cell table, lightly shaded, with a thick left border in the colour of its
 * type (blue for NOTE and TIP, orange to red for IMPORTANT, WARNING, CAUTION), holding any
 * blocks. It is kept on one page. A table cell rather than bordered paragraphs, because Word
 * breaks a paragraph border wherever the indentation changes, as it does in a list.
 */
final class DocxCallouts {

    /** 3 pt, in eighths of a point. */
    private static final int THICK = 24;
    /** Room between the box and its text, in twips: twice this on the sides. */
    private static final int INNER_MARGIN = 85;

    private DocxCallouts() {
    }

    static void write(Callout callout, BlockContainer out, DocxBlocks blocks, DocxLayout layout) {
        int padding = layout.compact() ? INNER_MARGIN / 2 : INNER_MARGIN;
        XWPFTable table = out.table(1, 1);
        TableFormat.frame(table, new int[] {out.width()}, false);
        TableFormat.keepTogether(table.getRow(0));
        XWPFTableCell cell = table.getRow(0).getCell(0);
        TableFormat.shade(cell, DocxPalette.background(callout.type()));
        CTTcBorders borders = TableFormat.cellProperties(cell).addNewTcBorders();
        DocxXml.border(borders.addNewLeft(), STBorder.SINGLE, THICK, DocxPalette.border(callout.type()));
        CTTcMar margins = TableFormat.cellProperties(cell).addNewTcMar();
        margin(margins.addNewLeft(), 2 * padding);
        margin(margins.addNewRight(), 2 * padding);
        margin(margins.addNewTop(), padding);
        margin(margins.addNewBottom(), padding);
        CellBody body = new CellBody(cell, out.width() - 4 * padding);
        blocks.blocks(callout, body, DocxStyles.CALLOUT);
        body.finish();
    }

    private static void margin(CTTblWidth margin, int twips) {
        margin.setW(DocxXml.big(twips));
        margin.setType(STTblWidth.DXA);
    }
}
