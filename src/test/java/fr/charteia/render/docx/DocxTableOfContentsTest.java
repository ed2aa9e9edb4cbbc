package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.HeadingPage;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The table of contents is already filled in, page numbers included, and linked to the headings;
 * Word recomputes it on opening.
 */
class DocxTableOfContentsTest {

    @Test
    void listsEverySectionInOrder() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            List<XWPFParagraph> entries = entries(docx);
            assertThat(entries).extracting(XWPFParagraph::getText).containsExactly(
                    "1. Objet et champ d'application", "2. Engagement");
            assertThat(entries).extracting(XWPFParagraph::getStyle).containsExactly("TOC1", "TOC1");
        }
    }

    @Test
    void itsTitleIsNotAHeadingOfItsOwn() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFParagraph title = docx.paragraph("Sommaire");
            assertThat(title.getStyle()).isEqualTo("TOCHeading");
            assertThat(docx.style("TOCHeading").getName()).isEqualTo("TOC Heading");
            assertThat(docx.style("TOCHeading").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(9);
        }
    }

    @Test
    void entriesLinkToBookmarksOnTheirHeadings() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            for (XWPFParagraph entry : entries(docx)) {
                List<XWPFHyperlinkRun> links = entry.getIRuns().stream()
                        .filter(XWPFHyperlinkRun.class::isInstance).map(XWPFHyperlinkRun.class::cast).toList();
                assertThat(links).hasSize(1);
                String anchor = links.get(0).getAnchor();
                XWPFParagraph heading = docx.paragraph(entry.getText());
                assertThat(heading.getStyle()).startsWith("Heading");
                assertThat(heading.getCTP().getBookmarkStartList()).extracting(CTBookmark::getName).containsExactly(anchor);
            }
        }
    }

    @Test
    void isAWordTocFieldThatWordUpdatesOnOpening() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            String body = docx.part("word/document.xml");
            assertThat(body).contains("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText>");
            int begin = body.indexOf("fldCharType=\"begin\"");
            int separate = body.indexOf("fldCharType=\"separate\"");
            int end = body.indexOf("fldCharType=\"end\"");
            assertThat(begin).isLessThan(separate);
            assertThat(body.indexOf("2. Engagement")).isBetween(separate, end);
            assertThat(docx.document.isEnforcedUpdateFields()).isTrue();
            assertThat(docx.part("word/settings.xml")).contains("<w:updateFields w:val=\"on\"/>", "compatibilityMode");
        }
    }

    @Test
    void entriesEndWithThePageOfTheirHeadingInALinkedPageReference() throws Exception {
        List<HeadingPage> pages = List.of(new HeadingPage("1. Objet et champ d'application", 2),
                new HeadingPage("1.1 Rôles concernés", 2), new HeadingPage("2. Engagement", 3));
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions(), pages)) {
            List<XWPFParagraph> entries = entries(docx);
            assertThat(entries).extracting(XWPFParagraph::getText)
                    .containsExactly("1. Objet et champ d'application\t2", "2. Engagement\t3");
            for (XWPFParagraph entry : entries) {
                CTHyperlink link = entry.getCTP().getHyperlinkArray(0);
                String instructions = Arrays.stream(link.getRArray())
                        .flatMap(run -> Arrays.stream(run.getInstrTextArray())).map(CTText::getStringValue)
                        .reduce("", String::concat);
                assertThat(instructions).isEqualTo(" PAGEREF " + link.getAnchor() + " \\h ");
                assertThat(link.getRArray(1).sizeOfTabArray()).isEqualTo(1);
            }
            CTTabStop tab = docx.style("TOC1").getCTStyle().getPPr().getTabs().getTabArray(0);
            assertThat(tab.getVal()).isEqualTo(STTabJc.RIGHT);
            assertThat(tab.getLeader()).isEqualTo(STTabTlc.DOT);
            assertThat(tab.getPos()).isEqualTo(BigInteger.valueOf(DocxLayout.CHARTER.textWidth()));
        }
    }

    @Test
    void pagesAreMatchedInOrderAndAHeadingTheLayoutMissedHasNoNumber() throws Exception {
        String markdown = "<!-- toc -->\n\n# Annexe\n\nA.\n\n# Inconnu\n\nB.\n\n# Annexe\n\nC.\n";
        List<HeadingPage> pages = List.of(new HeadingPage("Annexe", 1), new HeadingPage(" Annexe ", 4));
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocumentFixtures.charterMeta()), pages)) {
            assertThat(entries(docx)).extracting(XWPFParagraph::getText).containsExactly("Annexe\t1", "Inconnu",
                    "Annexe\t4");
        }
    }

    @Test
    void onlyACharterWithAContentsNeedsTheLayoutsPages() {
        assertThat(DocxWriter.printsPageNumbers(DocxSamples.conventions())).isTrue();
        assertThat(DocxWriter.printsPageNumbers(DocxSamples.tree("# Titre\n\nTexte.\n",
                DocumentFixtures.charterMeta()))).isFalse();
        assertThat(DocxWriter.printsPageNumbers(DocxSamples.tree(DocumentFixtures.conventionsMarkdown(),
                DocxSamples.asSheet(DocumentFixtures.charterMeta())))).isFalse();
    }

    @Test
    void aDocumentWithoutHeadingsGetsAnEmptyField() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree("<!-- toc -->\n\nTexte.\n",
                DocumentFixtures.charterMeta()))) {
            assertThat(docx.paragraphsStyled("TOC1")).hasSize(1);
            assertThat(docx.paragraphsStyled("TOC1").get(0).getText()).isEmpty();
            assertThat(docx.part("word/document.xml")).contains("fldCharType=\"end\"");
        }
    }

    private static List<XWPFParagraph> entries(WrittenDocx docx) {
        return docx.paragraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().matches("TOC\\d")).toList();
    }
}
