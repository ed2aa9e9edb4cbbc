package fr.charteia.render.docx;

import fr.charteia.document.TableOfContents;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The table of contents: a Word TOC field whose cached result is already the finished table, as
 * Word itself writes it. Each entry is a link to its heading's bookmark and ends, after the dotted
 * right tab of the TOC 1 / TOC 2 styles, with a PAGEREF field holding the heading's page in the
 * toolkit's own layout (the PDF's). So the file shows page numbers when opened, before any
 * update; settings.xml asks Word to update fields on opening (see {@link DocxSettings}), which
 * recomputes them for Word's own layout. An entry whose page is unknown has no number.
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

    /** The heading's text, then the tab and the page number, all inside the link, as Word writes them. */
    private static void link(XWPFParagraph paragraph, HeadingAnchors.Entry entry) {
        CTHyperlink hyperlink = paragraph.getCTP().addNewHyperlink();
        hyperlink.setAnchor(entry.bookmark());
        hyperlink.setHistory(Boolean.TRUE);
        XWPFHyperlinkRun run = new XWPFHyperlinkRun(hyperlink, hyperlink.addNewR(), paragraph);
        run.setText(DocxXml.xmlSafe(entry.text()));
        entry.page().ifPresent(page -> {
            hyperlink.addNewR().addNewTab();
            fieldMark(hyperlink, STFldCharType.BEGIN);
            CTText instruction = hyperlink.addNewR().addNewInstrText();
            instruction.setStringValue(" PAGEREF " + entry.bookmark() + " \\h ");
            instruction.setSpace(SpaceAttribute.Space.PRESERVE);
            fieldMark(hyperlink, STFldCharType.SEPARATE);
            hyperlink.addNewR().addNewT().setStringValue(Integer.toString(page));
            fieldMark(hyperlink, STFldCharType.END);
        });
    }

    private static void fieldMark(CTHyperlink hyperlink, STFldCharType.Enum type) {
        CTR run = hyperlink.addNewR();
        run.addNewFldChar().setFldCharType(type);
    }
}
