package fr.charteia.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Complex fields (PAGE, NUMPAGES, TOC): a begin mark, the instruction, a separator, the cached
 * result that is shown until the field is updated, and an end mark, each in its own run. A field
 * may span paragraphs (the table of contents), so the marks are written one by one.
 */
final class DocxFields {

    private DocxFields() {
    }

    /** A whole field within one paragraph, showing {@code cached} until Word recomputes it. */
    static void field(XWPFParagraph paragraph, String instruction, String cached) {
        begin(paragraph, instruction);
        DocxInlines.run(paragraph, cached, DocxInlines.Look.PLAIN);
        end(paragraph);
    }

    /** Begin mark, instruction and separator: what follows is the cached result. */
    static void begin(XWPFParagraph paragraph, String instruction) {
        mark(paragraph, STFldCharType.BEGIN);
        XWPFRun run = paragraph.createRun();
        CTText text = run.getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        mark(paragraph, STFldCharType.SEPARATE);
    }

    static void end(XWPFParagraph paragraph) {
        mark(paragraph, STFldCharType.END);
    }

    private static void mark(XWPFParagraph paragraph, STFldCharType.Enum type) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }
}
