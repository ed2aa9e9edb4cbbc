package fr.charteia.render.docx;

import fr.charteia.document.DocumentMeta;
import fr.charteia.document.Logo;
import fr.charteia.document.TypesetMeta;
import fr.charteia.render.TextWidths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The running header (logo, then organisation — department — reference, kept off the logo and
 * broken only between its parts) and footer
 * ("Version 1.0 — Page X / Y", with PAGE and NUMPAGES fields) of every page. Written after the
 * page set-up, as POI attaches them to the body's section properties. Their texts come typeset
 * from {@link TypesetMeta}, as in the PDF.
 */
final class DocxHeaderFooter {

    /** A logo never takes more than 5 cm of the header's width. */
    private static final long MAX_LOGO_WIDTH_EMU = 5L * DocxLayout.EMU_PER_CM;
    /** English metric units per twip (914 400 per inch, 1 440 twips per inch). */
    private static final int EMU_PER_TWIP = 635;

    private DocxHeaderFooter() {
    }

    static void write(XWPFDocument document, DocumentMeta meta, DocxLayout layout) throws IOException {
        TypesetMeta typeset = TypesetMeta.of(meta);
        header(document, typeset, meta.logo(), layout);
        footer(document, typeset);
    }

    private static void header(XWPFDocument document, TypesetMeta meta, Optional<Logo> logo, DocxLayout layout)
            throws IOException {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        if (logo.isEmpty()) {
            XWPFParagraph paragraph = header.createParagraph();
            paragraph.setStyle(DocxStyles.HEADER);
            rule(DocxXml.paragraphProperties(paragraph).addNewPBdr().addNewBottom());
            DocxInlines.run(paragraph, meta.header(), DocxInlines.Look.PLAIN);
            return;
        }
        logoHeader(header, logo.get(), layout, meta.headerParts(), meta.headerSeparator());
    }

    /**
     * The logo beside the text, as in the PDF: a borderless table of two cells on the rule, the logo
     * at its fixed height on the left, the text on the right, bottom-aligned. The text column is
     * what the logo leaves; the text is broken by hand at its separators, from the end, so that
     * Word never breaks it inside a name or the reference: « organisation » above « service —
     * reference » when the whole line does not fit.
     */
    private static void logoHeader(XWPFHeader header, Logo logo, DocxLayout layout, List<String> parts,
            String separator) throws IOException {
        LogoSize size = LogoSize.of(logo, layout);
        int logoColumn = (int) Math.ceil((double) size.width() / EMU_PER_TWIP) + 2 * TableFormat.CELL_MARGIN_SIDE;
        int textColumn = layout.textWidth() - logoColumn;
        XWPFTable table = header.createTable(1, 2);
        TableFormat.frame(table, new int[] {logoColumn, textColumn}, false);
        DocxXml.border(table.getCTTbl().getTblPr().getTblBorders().getBottom(), STBorder.SINGLE, 4, DocxPalette.RULE);

        XWPFTableCell logoCell = table.getRow(0).getCell(0);
        logoCell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM);
        XWPFParagraph logoParagraph = new CellBody(logoCell, logoColumn).paragraph(DocxStyles.HEADER);
        logo(logoParagraph.createRun(), logo, size);

        XWPFTableCell textCell = table.getRow(0).getCell(1);
        textCell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM);
        XWPFParagraph text = new CellBody(textCell, textColumn).paragraph(DocxStyles.HEADER);
        text.setAlignment(ParagraphAlignment.RIGHT);
        List<String> lines = lines(parts, separator, textColumn - 2 * TableFormat.CELL_MARGIN_SIDE, layout.smallSize());
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = DocxInlines.run(text, lines.get(i), DocxInlines.Look.PLAIN);
            if (i < lines.size() - 1) {
                run.addBreak();
            }
        }

        // A header ends with a paragraph: an empty one, as low as Word allows, under the rule.
        XWPFParagraph closing = header.createParagraph();
        closing.setStyle(DocxStyles.HEADER);
        DocxXml.spacing(closing).setLine(DocxXml.big(120));
        closing.getCTP().getPPr().addNewRPr().addNewSz().setVal(DocxXml.big(4));
    }

    /**
     * The header text in lines no wider than {@code width} twips at {@code halfPoints}: as many parts
     * as fit on the last line, then on the line above, and so on. A part wider than the whole column
     * has a line of its own, where Word wraps it.
     */
    static List<String> lines(List<String> parts, String separator, int width, int halfPoints) {
        List<String> lines = new ArrayList<>();
        String line = null;
        for (int i = parts.size() - 1; i >= 0; i--) {
            String longer = line == null ? parts.get(i) : parts.get(i) + separator + line;
            if (line == null || twips(longer, halfPoints) <= width) {
                line = longer;
            } else {
                lines.add(0, line);
                line = parts.get(i);
            }
        }
        lines.add(0, line);
        return lines;
    }

    /** The width of a text in Arial (Liberation Sans' metrics), in twips, with 3 % to spare for rounding. */
    static int twips(String text, int halfPoints) {
        return (int) Math.ceil(TextWidths.shipped().ems(text, false) * halfPoints * 10 * 1.03);
    }

    private static void rule(CTBorder border) {
        DocxXml.border(border, STBorder.SINGLE, 4, DocxPalette.RULE, 4);
    }

    private static void footer(XWPFDocument document, TypesetMeta meta) {
        XWPFParagraph paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setStyle(DocxStyles.FOOTER);
        rule(DocxXml.paragraphProperties(paragraph).addNewPBdr().addNewTop());
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        DocxInlines.run(paragraph, meta.footerBeforePage(), DocxInlines.Look.PLAIN);
        DocxFields.field(paragraph, "PAGE", "1");
        DocxInlines.run(paragraph, meta.footerBeforeCount(), DocxInlines.Look.PLAIN);
        DocxFields.field(paragraph, "NUMPAGES", "1");
    }

    /** The logo's width and height in EMU: the layout's height, its proportions, never wider than 5 cm. */
    record LogoSize(long width, long height) {

        static LogoSize of(Logo logo, DocxLayout layout) {
            long height = layout.logoHeightEmu();
            long width = Math.round((double) height * logo.widthPx() / Math.max(1, logo.heightPx()));
            if (width > MAX_LOGO_WIDTH_EMU) {
                height = Math.round((double) height * MAX_LOGO_WIDTH_EMU / width);
                width = MAX_LOGO_WIDTH_EMU;
            }
            return new LogoSize(width, height);
        }
    }

    /** The logo at its size, with its description as alternative text. */
    private static void logo(XWPFRun run, Logo logo, LogoSize size) throws IOException {
        boolean png = logo.format() == Logo.Format.PNG;
        XWPFPicture picture;
        try {
            picture = run.addPicture(new ByteArrayInputStream(logo.bytes()),
                    png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, png ? "logo.png" : "logo.jpeg",
                    (int) size.width(), (int) size.height());
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
