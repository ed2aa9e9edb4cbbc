package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentTree;
import fr.charteia.render.pdf.XhtmlDocument;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Inline text: user text prints literally, emphasis is real bold and italic, links go nowhere unexpected. */
class DocxTextTest {

    @Test
    void escapedUserTextPrintsExactlyAsTyped() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            assertThat(docx.text()).contains("**pas gras**", "# pas un titre", "| pas une table", "<b>", "[a](b)",
                    "{{x}}");
            XWPFParagraph paragraph = docx.paragraphs().stream().filter(p -> p.getText().contains("**pas gras**"))
                    .findFirst().orElseThrow();
            assertThat(paragraph.getRuns()).filteredOn(run -> run.text().contains("**pas gras**"))
                    .allMatch(run -> !WrittenDocx.strong(run));
            assertThat(docx.paragraphs()).noneMatch(p -> "pas un titre".equals(p.getText().strip()));
        }
    }

    @Test
    void emphasisBecomesBoldAndItalicRuns() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFParagraph paragraph = docx.paragraphs().stream()
                    .filter(p -> p.getText().startsWith("La présente charte")).findFirst().orElseThrow();
            List<XWPFRun> runs = paragraph.getRuns();
            assertThat(runs).filteredOn(WrittenDocx::strong).extracting(XWPFRun::text).containsExactly("tous les personnels");
            assertThat(runs).filteredOn(WrittenDocx::emphasis).extracting(XWPFRun::text).containsExactly("Urgences adultes");
            assertThat(paragraph.getStyle()).isEqualTo("Normal");
        }
    }

    @Test
    void webLinksAreHyperlinksAndOtherDestinationsPlainText() throws Exception {
        String markdown = "Voir [la CNIL](https://www.cnil.fr/fr/ia) et [ce fichier](file:///etc/passwd).\n";
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocumentFixtures.charterMeta()))) {
            XWPFParagraph paragraph = docx.paragraphs().get(0);
            assertThat(paragraph.getText()).isEqualTo("Voir la CNIL et ce fichier.");
            List<XWPFHyperlinkRun> links = paragraph.getRuns().stream().filter(XWPFHyperlinkRun.class::isInstance)
                    .map(XWPFHyperlinkRun.class::cast).toList();
            assertThat(links).hasSize(1);
            XWPFHyperlink target = links.get(0).getHyperlink(docx.document);
            assertThat(target.getURL()).isEqualTo("https://www.cnil.fr/fr/ia");
            assertThat(links.get(0).getStyle()).isEqualTo("Hyperlink");
            assertThat(docx.part("word/_rels/document.xml.rels")).doesNotContain("passwd");
        }
    }

    @Test
    void aWebAddressWithASpaceIsPlainTextInWordAsInThePdf() throws Exception {
        String markdown = "Voir [la CNIL](<https://www.cnil.fr/fr/ia générative>) et [la HAS](https://www.has-sante.fr).\n";
        DocumentTree tree = DocxSamples.tree(markdown, DocumentFixtures.charterMeta());
        try (WrittenDocx docx = WrittenDocx.of(tree)) {
            XWPFParagraph paragraph = docx.paragraphs().get(0);
            assertThat(paragraph.getText()).isEqualTo("Voir la CNIL et la HAS.");
            assertThat(paragraph.getRuns()).filteredOn(XWPFHyperlinkRun.class::isInstance)
                    .extracting(run -> ((XWPFHyperlinkRun) run).getHyperlink(docx.document).getURL())
                    .containsExactly("https://www.has-sante.fr");
        }
        assertThat(XhtmlDocument.of(tree).xhtml()).contains("<a href=\"https://www.has-sante.fr\"")
                .doesNotContain("href=\"https://www.cnil.fr");
    }

    @Test
    void hardBreaksAndCodeAreKept() throws Exception {
        String markdown = "Première ligne\\\nseconde ligne avec `code`.\n";
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocumentFixtures.charterMeta()))) {
            XWPFParagraph paragraph = docx.paragraphs().get(0);
            assertThat(paragraph.getText()).isEqualTo("Première ligne\nseconde ligne avec code.");
            assertThat(paragraph.getRuns()).filteredOn(run -> "code".equals(run.text()))
                    .extracting(XWPFRun::getStyle).containsExactly("InlineCode");
            assertThat(docx.style("InlineCode").getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Courier New");
        }
    }

    @Test
    void charactersXmlCannotHoldAreDroppedInsteadOfBreakingTheFile() throws Exception {
        String markdown = "Avant\u0001après \uD83D\uDE00 fin.\n";
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocumentFixtures.charterMeta()))) {
            assertThat(docx.paragraphs().get(0).getText()).isEqualTo("Avantaprès \uD83D\uDE00 fin.");
        }
    }
}
