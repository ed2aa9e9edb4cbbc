package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.model.DocumentLanguage;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

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
                DocxSamples.inLanguage(DocumentFixtures.charterMeta(), DocumentLanguage.EN)))) {
            assertThat(docx.document.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("en-GB");
            assertThat(docx.document.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .contains("en-GB");
        }
    }

    @Test
    void customStylesAreNamedInFrenchInAFrenchDocument() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            assertThat(customStyleNames(docx)).containsExactlyInAnyOrder("Encadré", "Texte de tableau",
                    "Texte de tableau (petit)", "Libellé du cartouche", "Bloc de code", "Fort et accentuation",
                    "Code dans le texte");
            assertThat(docx.style("Strong").getName()).isEqualTo("Strong");
            assertThat(docx.style("Emphasis").getName()).isEqualTo("Emphasis");
            assertThat(docx.style("Hyperlink").getName()).isEqualTo("Hyperlink");
        }
    }

    @Test
    void customStylesAreNamedInEnglishInAnEnglishDocument() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(DocumentFixtures.conventionsMarkdown(),
                DocxSamples.inLanguage(DocumentFixtures.charterMeta(), DocumentLanguage.EN)))) {
            assertThat(customStyleNames(docx)).containsExactlyInAnyOrder("Callout Text", "Table Text",
                    "Table Text Small", "Cartouche Label", "Code Block", "Strong Emphasis", "Inline Code");
            assertThat(docx.style("TableText").getStyleId()).isEqualTo("TableText");
        }
    }

    @Test
    void boldAndItalicAreCharacterStylesNeverDirectFormatting() throws Exception {
        String markdown = "# Titre **gras**\n\nTexte **gras**, *italique*, ***les deux***, `code` et "
                + "[lien](https://www.cnil.fr).\n\n| **A** | B |\n|---|---|\n| *c* | d |\n";
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocxSamples.withLogo(
                DocumentFixtures.charterMeta())))) {
            for (String part : List.of("word/document.xml", "word/header1.xml", "word/footer1.xml")) {
                assertThat(docx.part(part)).doesNotContain("<w:b/>", "<w:i/>", "<w:rFonts", "<w:color", "<w:u ");
            }
            XWPFParagraph text = docx.paragraph("Texte gras, italique, les deux, code et lien.");
            assertThat(text.getRuns()).filteredOn(run -> run.getStyle() != null && !run.getStyle().isEmpty())
                    .extracting(run -> run.text() + "=" + run.getStyle())
                    .containsExactly("gras=Strong", "italique=Emphasis", "les deux=StrongEmphasis", "code=InlineCode",
                            "lien=Hyperlink");
            CTStyle strong = docx.style("Strong").getCTStyle();
            assertThat(strong.getType()).isEqualTo(STStyleType.CHARACTER);
            assertThat(strong.getRPr().sizeOfBArray()).isEqualTo(1);
            assertThat(docx.style("Emphasis").getCTStyle().getRPr().sizeOfIArray()).isEqualTo(1);
            // The heading style is bold already: a Strong run there would toggle back to regular in Word.
            assertThat(docx.paragraph("Titre gras").getRuns()).allMatch(run -> run.getStyle().isEmpty());
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

    private static List<String> customStyleNames(WrittenDocx docx) throws Exception {
        return Arrays.stream(docx.document.getStyle().getStyleArray()).filter(CTStyle::isSetCustomStyle)
                .map(style -> style.getName().getVal()).toList();
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
