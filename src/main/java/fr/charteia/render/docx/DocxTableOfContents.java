package fr.charteia.render.docx;

import fr.charteia.document.TableOfContents;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/**
 * The table of contents: a Word TOC field whose cached result already lists the headings of
 * levels 1 and 2, each a link to its heading's bookmark. The file therefore shows a complete
 * table of contents when opened in Word or LibreOffice, without updating fields and without the
 * "update fields?" prompt. Page numbers are left out of the cached result, since only a layout
 * engine knows them; "Update field" in Word rebuilds the table with them (the TOC 1/TOC 2 styles
 * carry the dotted right tab).
 */
final class DocxTableOfContents {

    static final String INSTRUCTION = "TOC \\o \"1-" + TableOfContents.DEEPEST_LISTED + "\" \\h \\z \\u";

    private DocxTableOfContents() {
    }

    static void write(BlockContainer out, List<HeadingAnchors.Entry> entries) {
        if (entries.isEmpty()) {
            XWPFParagraph paragraph = out.paragraph(DocxStyles.tableOfContents(1));
            DocxFields.begin(paragraph, INSTRUCTION);
            DocxFields.end(paragraph);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            HeadingAnchors.Entry entry = entries.get(i);
            XWPFParagraph paragraph = out.paragraph(DocxStyles.tableOfContents(entry.level()));
            if (i == 0) {
                DocxFields.begin(paragraph, INSTRUCTION);
            }
            link(paragraph, entry);
            if (i == entries.size() - 1) {
                DocxFields.end(paragraph);
            }
        }
    }

    private static void link(XWPFParagraph paragraph, HeadingAnchors.Entry entry) {
        CTHyperlink hyperlink = paragraph.getCTP().addNewHyperlink();
        hyperlink.setAnchor(entry.bookmark());
        hyperlink.setHistory(Boolean.TRUE);
        XWPFHyperlinkRun run = new XWPFHyperlinkRun(hyperlink, hyperlink.addNewR(), paragraph);
        run.setText(DocxXml.xmlSafe(entry.text()));
    }
}
