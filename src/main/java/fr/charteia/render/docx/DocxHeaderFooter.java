package fr.charteia.render.docx;

import fr.charteia.document.DocumentMeta;
import fr.charteia.document.Logo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The running header (logo, then organisation — department — reference) and footer
 * ("Version 1.0 — Page X / Y", with PAGE and NUMPAGES fields) of every page. Written after the
 * page set-up, as POI attaches them to the body's section properties.
 */
final class DocxHeaderFooter {

    /** A logo never takes more than 5 cm of the header's width. */
    private static final long MAX_LOGO_WIDTH_EMU = 5L * DocxLayout.EMU_PER_CM;

    private DocxHeaderFooter() {
    }

    static void write(XWPFDocument document, DocumentMeta meta, DocxLayout layout) throws IOException {
        header(document, meta, layout);
        footer(document, meta);
    }

    private static void header(XWPFDocument document, DocumentMeta meta, DocxLayout layout) throws IOException {
        XWPFParagraph paragraph = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setStyle(DocxStyles.HEADER);
        DocxXml.border(DocxXml.paragraphProperties(paragraph).addNewPBdr().addNewBottom(), STBorder.SINGLE, 4,
                DocxPalette.RULE, 4);
        String separator = meta.label("header.separator");
        String text = meta.organisation() + separator + meta.service() + separator + meta.reference();
        if (meta.logo().isPresent()) {
            logo(paragraph.createRun(), meta.logo().get(), layout);
            paragraph.createRun().addTab();
        }
        DocxInlines.run(paragraph, text, DocxInlines.Look.PLAIN);
    }

    private static void footer(XWPFDocument document, DocumentMeta meta) {
        XWPFParagraph paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setStyle(DocxStyles.FOOTER);
        DocxXml.border(DocxXml.paragraphProperties(paragraph).addNewPBdr().addNewTop(), STBorder.SINGLE, 4,
                DocxPalette.RULE, 4);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        DocxInlines.run(paragraph, meta.label("footer.version") + " " + meta.version() + meta.label("header.separator")
                + meta.label("footer.page") + " ", DocxInlines.Look.PLAIN);
        DocxFields.field(paragraph, "PAGE", "1");
        DocxInlines.run(paragraph, " " + meta.label("footer.of") + " ", DocxInlines.Look.PLAIN);
        DocxFields.field(paragraph, "NUMPAGES", "1");
    }

    /** The logo at the layout's height, keeping its proportions, with its description as alternative text. */
    private static void logo(XWPFRun run, Logo logo, DocxLayout layout) throws IOException {
        long height = layout.logoHeightEmu();
        long width = Math.round((double) height * logo.widthPx() / Math.max(1, logo.heightPx()));
        if (width > MAX_LOGO_WIDTH_EMU) {
            height = Math.round((double) height * MAX_LOGO_WIDTH_EMU / width);
            width = MAX_LOGO_WIDTH_EMU;
        }
        boolean png = logo.format() == Logo.Format.PNG;
        XWPFPicture picture;
        try {
            picture = run.addPicture(new ByteArrayInputStream(logo.bytes()),
                    png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, png ? "logo.png" : "logo.jpeg",
                    (int) width, (int) height);
        } catch (InvalidFormatException e) {
            throw new IOException("the logo could not be added to the header", e);
        }
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(DocxXml.xmlSafe(logo.description()));
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(DocxXml.xmlSafe(logo.description()));
        inline.getDocPr().setName("Logo");
        inline.getDocPr().setId(1);
    }
}
