package fr.charteia.render.docx;

import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Table formatting shared by content tables, callouts and the cartouche: fixed column widths
 * that add up to the text width, borders, cell margins, shading, spans and row rules. Formatting
 * is written on the table itself (not only through the table style) so that LibreOffice shows it
 * the same way as Word.
 */
final class TableFormat {

    static final int CELL_MARGIN_SIDE = 85;
    private static final int CELL_MARGIN_TOP = 28;

    private TableFormat() {
    }

    /** A fixed-layout table of these column widths (twips), with or without grid borders. */
    static void frame(XWPFTable table, int[] widths, boolean bordered) {
        CTTblPr properties = CTTblPr.Factory.newInstance();
        properties.addNewTblStyle().setVal(DocxStyles.TABLE);
        CTTblWidth width = properties.addNewTblW();
        width.setW(DocxXml.big(Arrays.stream(widths).sum()));
        width.setType(STTblWidth.DXA);
        CTTblBorders borders = properties.addNewTblBorders();
        STBorder.Enum kind = bordered ? STBorder.SINGLE : STBorder.NONE;
        int size = bordered ? 4 : 0;
        String colour = bordered ? DocxPalette.TABLE_BORDER : "auto";
        DocxXml.border(borders.addNewTop(), kind, size, colour);
        DocxXml.border(borders.addNewLeft(), kind, size, colour);
        DocxXml.border(borders.addNewBottom(), kind, size, colour);
        DocxXml.border(borders.addNewRight(), kind, size, colour);
        DocxXml.border(borders.addNewInsideH(), kind, size, colour);
        DocxXml.border(borders.addNewInsideV(), kind, size, colour);
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar margins = properties.addNewTblCellMar();
        margin(margins.addNewTop(), CELL_MARGIN_TOP);
        margin(margins.addNewLeft(), CELL_MARGIN_SIDE);
        margin(margins.addNewBottom(), CELL_MARGIN_TOP);
        margin(margins.addNewRight(), CELL_MARGIN_SIDE);
        properties.addNewTblLook().setVal(new byte[] {0x04, (byte) 0xA0});
        table.getCTTbl().setTblPr(properties);

        CTTblGrid grid = CTTblGrid.Factory.newInstance();
        for (int column : widths) {
            grid.addNewGridCol().setW(DocxXml.big(column));
        }
        table.getCTTbl().setTblGrid(grid);
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < row.getTableCells().size() && i < widths.length; i++) {
                width(row.getCell(i), widths[i]);
            }
        }
    }

    static void width(XWPFTableCell cell, int twips) {
        CTTcPr properties = cellProperties(cell);
        CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        width.setW(DocxXml.big(twips));
        width.setType(STTblWidth.DXA);
    }

    /** Merges cell {@code index} with the {@code count - 1} cells after it, on one row. */
    static void span(XWPFTableRow row, int index, int count, int twips) {
        for (int i = 1; i < count; i++) {
            row.removeCell(index + 1);
        }
        XWPFTableCell cell = row.getCell(index);
        cellProperties(cell).addNewGridSpan().setVal(DocxXml.big(count));
        width(cell, twips);
    }

    static void shade(XWPFTableCell cell, String fill) {
        DocxXml.shade(cellProperties(cell).isSetShd() ? cellProperties(cell).getShd() : cellProperties(cell).addNewShd(),
                fill);
    }

    /** A header row: repeated at the top of each page, shaded. */
    static void header(XWPFTableRow row) {
        row.setRepeatHeader(true);
        for (XWPFTableCell cell : row.getTableCells()) {
            shade(cell, DocxPalette.TABLE_HEADER_FILL);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
    }

    static void keepTogether(XWPFTableRow row) {
        row.setCantSplitRow(true);
    }

    static void minimumHeight(XWPFTableRow row, int twips) {
        row.setHeight(twips);
        row.setHeightRule(TableRowHeightRule.AT_LEAST);
    }

    static CTTcPr cellProperties(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null ? properties : cell.getCTTc().addNewTcPr();
    }

    private static void margin(CTTblWidth margin, int twips) {
        margin.setW(DocxXml.big(twips));
        margin.setType(STTblWidth.DXA);
    }
}
