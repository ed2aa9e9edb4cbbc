package fr.charteia.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The main body of the document. It keeps the page layout tidy between blocks: a pending page
 * break goes on the next paragraph (no empty line at the top of the new page), two tables in a
 * row are kept apart by a small paragraph (Word would merge them), text after a table gets a
 * little room, and the body never ends on a table.
 */
final class DocumentBody implements BlockContainer {

    private static final List<String> OWN_SPACING = List.of(DocxStyles.TITLE, DocxStyles.TOC_HEADING,
            DocxStyles.heading(1), DocxStyles.heading(2), DocxStyles.heading(3));

    private final XWPFDocument document;
    private final DocxLayout layout;
    private boolean pageBreakPending;

    DocumentBody(XWPFDocument document, DocxLayout layout) {
        this.document = document;
        this.layout = layout;
    }

    @Override
    public void breakPage() {
        pageBreakPending = true;
    }

    @Override
    public XWPFParagraph paragraph(String styleId) {
        boolean afterTable = lastIsTable();
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styleId);
        if (pageBreakPending) {
            paragraph.setPageBreak(true);
            pageBreakPending = false;
        } else if (afterTable && !OWN_SPACING.contains(styleId)) {
            DocxXml.spacing(paragraph).setBefore(DocxXml.big(layout.spaceAfter()));
        }
        return paragraph;
    }

    @Override
    public XWPFTable table(int rows, int columns) {
        if (pageBreakPending) {
            pageBreakPending = false;
            document.createParagraph().createRun().addBreak(BreakType.PAGE);
        } else if (lastIsTable()) {
            spacer();
        }
        return document.createTable(rows, columns);
    }

    @Override
    public int width() {
        return layout.textWidth();
    }

    /** Closes the body: a page break asked for last is dropped, a final table gets a paragraph after it. */
    void finish() {
        pageBreakPending = false;
        if (lastIsTable() || document.getBodyElements().isEmpty()) {
            spacer();
        }
    }

    private void spacer() {
        XWPFParagraph spacer = document.createParagraph();
        DocxXml.spacing(spacer).setAfter(DocxXml.big(0));
        DocxXml.spacing(spacer).setLine(DocxXml.big(120));
        spacer.getCTP().getPPr().addNewRPr().addNewSz().setVal(DocxXml.big(8));
    }

    private boolean lastIsTable() {
        List<IBodyElement> elements = document.getBodyElements();
        return !elements.isEmpty() && elements.get(elements.size() - 1).getElementType() == BodyElementType.TABLE;
    }
}
