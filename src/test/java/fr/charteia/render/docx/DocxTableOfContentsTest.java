package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

/** The table of contents is already filled in: no field update, no prompt, links to the headings. */
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
    void isAWordTocFieldThatNeedsNoUpdate() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            String body = docx.part("word/document.xml");
            assertThat(body).contains("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText>");
            int begin = body.indexOf("fldCharType=\"begin\"");
            int separate = body.indexOf("fldCharType=\"separate\"");
            int end = body.indexOf("fldCharType=\"end\"");
            assertThat(begin).isLessThan(separate);
            assertThat(body.indexOf("2. Engagement")).isBetween(separate, end);
            assertThat(body).doesNotContain("w:dirty");
            assertThat(docx.part("word/settings.xml")).doesNotContain("updateFields");
            assertThat(docx.part("word/settings.xml")).contains("compatibilityMode");
        }
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
