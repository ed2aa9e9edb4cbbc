package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Headings, body text and page are real Word styles and settings, not direct formatting. */
class DocxStylesTest {

    @Test
    void headingsUseTheBuiltInHeadingStylesWithTheirOutlineLevels() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            assertThat(docx.paragraph("1. Objet et champ d'application").getStyle()).isEqualTo("Heading1");
            assertThat(docx.paragraph("1.1 Rôles concernés").getStyle()).isEqualTo("Heading2");
            assertThat(docx.paragraph("1.1.1 Matrice outils × données").getStyle()).isEqualTo("Heading3");
            for (int level = 1; level <= 3; level++) {
                XWPFStyle style = docx.style("Heading" + level);
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
                assertThat(style.getCTStyle().getPPr().isSetKeepNext())
                        .as("heading %d is kept with the next paragraph", level).isTrue();
                assertThat(style.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue())
                        .isIn(DocxPalette.HEADING, DocxPalette.HEADING_3);
            }
        }
    }

    @Test
    void bodyTextIsArialInTheDocumentLanguage() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            CTDocDefaults defaults = docx.document.getStyle().getDocDefaults();
            assertThat(defaults.getRPrDefault().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Arial");
            assertThat(defaults.getRPrDefault().getRPr().getRFontsArray(0).getCs()).isEqualTo("Arial");
            assertThat(defaults.getRPrDefault().getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(20));
            assertThat(defaults.getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("fr-FR");
            assertThat(docx.style("Normal").getName()).isEqualTo("Normal");
            assertThat(docx.style("Title").getName()).isEqualTo("Title");
            assertThat(docx.style("ListParagraph").getName()).isEqualTo("List Paragraph");
            assertThat(docx.style("TOC1").getName()).isEqualTo("toc 1");
            assertThat(docx.style("TOC2").getName()).isEqualTo("toc 2");
            assertThat(docx.style("TableGrid").getName()).isEqualTo("Table Grid");
            assertThat(docx.style("CalloutText")).isNotNull();
        }
    }

    @Test
    void englishDocumentsAreMarkedEnglish() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree("# Purpose\n\nText.\n",
                DocxSamples.inLanguage(DocumentFixtures.charterMeta(), "en-GB")))) {
            assertThat(docx.document.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("en-GB");
            assertThat(docx.document.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .contains("en-GB");
        }
    }

    @Test
    void theCharterIsA4WithMarginsOfOnePointEightCentimetres() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            CTSectPr section = docx.document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(List.of(section.getPgMar().getTop(), section.getPgMar().getBottom(), section.getPgMar().getLeft(),
                    section.getPgMar().getRight())).containsOnly(BigInteger.valueOf(1021));
        }
    }

    @Test
    void theSheetIsTighterAndHasNoTableOfContents() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(DocumentFixtures.conventionsMarkdown(),
                DocxSamples.asSheet(DocumentFixtures.charterMeta())))) {
            CTSectPr section = docx.document.getDocument().getBody().getSectPr();
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(567));
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(567));
            assertThat(docx.document.getStyle().getDocDefaults().getRPrDefault().getRPr().getSzArray(0).getVal())
                    .isEqualTo(BigInteger.valueOf(17));
            assertThat(docx.paragraphsStyled("TOC1")).isEmpty();
            assertThat(docx.part("word/document.xml")).doesNotContain("TOC \\o");
        }
    }

    @Test
    void quotationsAreIndentedItalicParagraphs() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFParagraph quote = docx.paragraph("Une citation ordinaire, pas un encadré.");
            assertThat(quote.getStyle()).isEqualTo("Quote");
            XWPFStyle style = docx.style("Quote");
            assertThat(style.getCTStyle().getRPr().sizeOfIArray()).isEqualTo(1);
            assertThat(style.getCTStyle().getPPr().getInd().getLeft()).isEqualTo(BigInteger.valueOf(567));
        }
    }
}
