package fr.charteia.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * A table cell as a place for blocks. A new cell already holds one empty paragraph: the first
 * paragraph asked for is that one. A cell must end with a paragraph, which {@link #finish()} ensures.
 */
final class CellBody implements BlockContainer {

    private final XWPFTableCell cell;
    private final int width;
    /** The empty paragraph a new cell holds, until it is used or removed. */
    private XWPFParagraph unused;

    CellBody(XWPFTableCell cell, int width) {
        this.cell = cell;
        this.width = width;
        if (cell.getBodyElements().size() == 1 && cell.getParagraphs().size() == 1
                && cell.getParagraphArray(0).getRuns().isEmpty()) {
            unused = cell.getParagraphArray(0);
        }
    }

    @Override
    public XWPFParagraph paragraph(String styleId) {
        XWPFParagraph paragraph = unused != null ? unused : cell.addParagraph();
        unused = null;
        paragraph.setStyle(styleId);
        return paragraph;
    }

    @Override
    public XWPFTable table(int rows, int columns) {
        if (unused != null) {
            cell.removeParagraph(0);
            unused = null;
        }
        CTTbl ct = cell.getCTTc().addNewTbl();
        XWPFTable table = new XWPFTable(ct, cell, rows, columns);
        cell.insertTable(cell.getTables().size(), table);
        return table;
    }

    @Override
    public int width() {
        return width;
    }

    void finish() {
        List<IBodyElement> elements = cell.getBodyElements();
        if (elements.isEmpty() || elements.get(elements.size() - 1).getElementType() == BodyElementType.TABLE) {
            XWPFParagraph closing = cell.addParagraph();
            DocxXml.spacing(closing).setAfter(DocxXml.big(0));
        }
    }
}
