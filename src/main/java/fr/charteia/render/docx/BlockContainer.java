package fr.charteia.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Where blocks go: the body of the document, or a table cell (callouts, the cartouche). */
interface BlockContainer {

    /** A new paragraph at the end, with a paragraph style. */
    XWPFParagraph paragraph(String styleId);

    /** A new table at the end with {@code rows} rows of {@code columns} cells, to be formatted by the caller. */
    XWPFTable table(int rows, int columns);

    /** Width available to tables, in twips. */
    int width();

    /** Starts what follows on a new page; meaningless, and ignored, inside a table cell. */
    default void breakPage() {
    }
}
