package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

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
            List<XWPFPicture> pictures = header.getParagraphs().get(0).getRuns().stream()
                    .flatMap(run -> run.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).hasSize(1);
            XWPFPicture logo = pictures.get(0);
            assertThat(logo.getDescription()).isEqualTo(DocxSamples.LOGO_DESCRIPTION);
            XWPFPictureData data = logo.getPictureData();
            assertThat(data.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
            assertThat(data.getData()).isEqualTo(DocxSamples.logo().bytes());

            CTInline inline = header.getParagraphs().get(0).getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
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
            CTInline inline = docx.document.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getRuns()
                    .get(0).getCTR().getDrawingArray(0).getInlineArray(0);
            assertThat(inline.getExtent().getCx()).isEqualTo(1_800_000L);
            assertThat(inline.getExtent().getCy()).isEqualTo(150_000L);
        }
    }
}
