package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.render.TextWidths;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/** Every page carries the organisation, department and reference above, version and page X / Y below. */
class DocxHeaderFooterTest {

    @Test
    void headerNamesOrganisationServiceAndReference() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            List<XWPFHeader> headers = docx.document.getHeaderList();
            assertThat(headers).hasSize(1);
            assertThat(headers.get(0).getText().strip())
                    .isEqualTo("Centre hospitalier de Valmont — Urgences adultes (SAU) — QUA-IA-URG-001");
            assertThat(docx.document.getHeaderFooterPolicy().getDefaultHeader()).isSameAs(headers.get(0));
            assertThat(headers.get(0).getAllPictures()).isEmpty();
        }
    }

    @Test
    void footerShowsVersionAndPageFields() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFFooter footer = docx.document.getHeaderFooterPolicy().getDefaultFooter();
            assertThat(footer.getText().strip()).isEqualTo("Version 1.0 — Page 1 / 1");
            String xml = docx.part("word/footer1.xml");
            assertThat(xml).contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>",
                    "<w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText>");
            assertThat(xml.split("fldCharType=\"begin\"", -1)).hasSize(3);
            assertThat(xml.split("fldCharType=\"separate\"", -1)).hasSize(3);
            assertThat(xml.split("fldCharType=\"end\"", -1)).hasSize(3);
        }
    }

    @Test
    void logoSitsInTheHeaderAtOneAndAHalfCentimetresWithItsDescription() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(DocumentFixtures.conventionsMarkdown(),
                DocxSamples.withLogo(DocumentFixtures.charterMeta())))) {
            XWPFHeader header = docx.document.getHeaderFooterPolicy().getDefaultHeader();
            List<XWPFPicture> pictures = logoCell(header).getParagraphs().get(0).getRuns().stream()
                    .flatMap(run -> run.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).hasSize(1);
            XWPFPicture logo = pictures.get(0);
            assertThat(logo.getDescription()).isEqualTo(DocxSamples.LOGO_DESCRIPTION);
            XWPFPictureData data = logo.getPictureData();
            assertThat(data.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
            assertThat(data.getData()).isEqualTo(DocxSamples.logo().bytes());

            CTInline inline = logoCell(header).getParagraphs().get(0).getRuns().get(0).getCTR().getDrawingArray(0)
                    .getInlineArray(0);
            assertThat(inline.getDocPr().getDescr()).isEqualTo(DocxSamples.LOGO_DESCRIPTION);
            assertThat(inline.getExtent().getCy()).isEqualTo(540_000L);
            assertThat(inline.getExtent().getCx()).isEqualTo(540_000L * 300 / 120);
            assertThat(header.getText()).contains("QUA-IA-URG-001");
        }
    }

    @Test
    void aVeryWideLogoIsNarrowedToFiveCentimetres() throws Exception {
        var meta = DocxSamples.withLogo(DocumentFixtures.charterMeta(), DocxSamples.logo(1200, 100));
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree("Texte.\n", meta))) {
            CTInline inline = logoCell(docx.document.getHeaderFooterPolicy().getDefaultHeader()).getParagraphs().get(0)
                    .getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
            assertThat(inline.getExtent().getCx()).isEqualTo(1_800_000L);
            assertThat(inline.getExtent().getCy()).isEqualTo(150_000L);
        }
    }

    @Test
    void besideALogoTheHeaderTextHoldsOnOneLineWithinTheRoomLeft() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(DocumentFixtures.conventionsMarkdown(),
                DocxSamples.withLogo(DocumentFixtures.charterMeta())))) {
            XWPFHeader header = docx.document.getHeaderFooterPolicy().getDefaultHeader();
            XWPFTableRow row = header.getTables().get(0).getRow(0);
            XWPFParagraph text = row.getCell(1).getParagraphs().get(0);
            assertThat(text.getText()).isEqualTo("Centre hospitalier de Valmont — Urgences adultes (SAU) — QUA-IA-URG-001");
            assertThat(text.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(textWidth(text.getText())).isLessThanOrEqualTo(room(row.getCell(1)));

            long logoTwips = 540_000L * 300 / 120 / 635;
            assertThat(width(row.getCell(0))).isBetween((int) logoTwips, (int) logoTwips + 200);
            assertThat(width(row.getCell(0)) + width(row.getCell(1))).isEqualTo(DocxLayout.CHARTER.textWidth());
            assertThat(header.getTables().get(0).getCTTbl().getTblPr().getTblBorders().getBottom().getVal())
                    .isEqualTo(STBorder.SINGLE);
            assertThat(header.getTables().get(0).getCTTbl().getTblPr().getTblBorders().getTop().getVal())
                    .isEqualTo(STBorder.NONE);
        }
    }

    @Test
    void aNameTooLongBesideTheLogoTakesTheFirstLineAndTheReferenceStaysWithTheService() throws Exception {
        String organisation = "Centre hospitalier universitaire de Valmont-sur-Loire et des Hauts-de-Brenne";
        var meta = DocxSamples.withOrganisation(DocxSamples.withLogo(DocumentFixtures.charterMeta()), organisation);
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree("Texte.\n", meta))) {
            XWPFTableCell cell = docx.document.getHeaderFooterPolicy().getDefaultHeader().getTables().get(0).getRow(0)
                    .getCell(1);
            String whole = organisation + " — Urgences adultes (SAU) — QUA-IA-URG-001";
            assertThat(textWidth(whole)).isGreaterThan(room(cell));
            List<String> lines = List.of(cell.getParagraphs().get(0).getText().split("\n"));
            assertThat(lines).containsExactly(organisation, "Urgences adultes (SAU) — QUA-IA-URG-001");
            assertThat(lines).allSatisfy(line -> assertThat(textWidth(line)).isLessThanOrEqualTo(room(cell)));
        }
    }

    @Test
    void partsGoOnTheLastLineFirstAndAPartWiderThanTheColumnHasALineOfItsOwn() {
        List<String> parts = List.of("Établissement", "Service", "REF-001");
        int service = DocxHeaderFooter.twips("Service — REF-001", 16);
        assertThat(DocxHeaderFooter.lines(parts, " — ", service, 16))
                .containsExactly("Établissement", "Service — REF-001");
        assertThat(DocxHeaderFooter.lines(parts, " — ", service - 1, 16))
                .containsExactly("Établissement", "Service", "REF-001");
        assertThat(DocxHeaderFooter.lines(parts, " — ", 10, 16)).containsExactly("Établissement", "Service", "REF-001");
        assertThat(DocxHeaderFooter.lines(parts, " — ", 100_000, 16))
                .containsExactly("Établissement — Service — REF-001");
    }

    private static XWPFTableCell logoCell(XWPFHeader header) {
        return header.getTables().get(0).getRow(0).getCell(0);
    }

    /** The width of header text (8 pt in the charter) in twips, from Liberation Sans' metrics (Arial's). */
    private static double textWidth(String text) {
        return TextWidths.shipped().ems(text, false) * DocxLayout.CHARTER.smallSize() * 10;
    }

    /** A cell's width less its side margins, in twips. */
    private static int room(XWPFTableCell cell) {
        return width(cell) - 2 * TableFormat.CELL_MARGIN_SIDE;
    }

    private static int width(XWPFTableCell cell) {
        return ((BigInteger) cell.getCTTc().getTcPr().getTcW().getW()).intValue();
    }
}
