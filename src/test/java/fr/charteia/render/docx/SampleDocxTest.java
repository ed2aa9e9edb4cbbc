package fr.charteia.render.docx;

import fr.charteia.SampleDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.compose.ComposedDocument;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.compose.TemplateSet;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.DocumentTree;
import fr.charteia.load.QuestionnaireFormat;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.model.Questionnaire;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The real charters and sheets of the samples, reopened with POI. */
class SampleDocxTest {


    @Test
    void emergencyCharterHasRealHeadingsCartoucheListsAndProperties() throws Exception {
        try (WrittenDocx docx = written("urgences-adultes.yaml", DocumentKind.CHARTER)) {
            List<String> headings = docx.paragraphsStyled("Heading1").stream().map(XWPFParagraph::getText).toList();
            assertThat(headings).contains("1. Objet et champ d'application", "6. Usages interdits",
                    "13. Gouvernance et révision", "Annexe B. Accusé de lecture");
            assertThat(docx.style("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.paragraphsStyled("TOC1")).extracting(XWPFParagraph::getText).containsSubsequence(headings);

            XWPFTable cartouche = docx.tables().get(0);
            String cartoucheText = cartouche.getRows().stream().flatMap(r -> WrittenDocx.rowTexts(r).stream())
                    .reduce("", (a, b) -> a + "\n" + b);
            assertThat(cartoucheText).contains("Charte d'usage de l'IA générative", "Urgences adultes (SAU)",
                    "QUA-IA-URG-001", "1.0", "4 janvier 2027", "4 janvier 2028", "Thomas Lefèvre", "Dr Nadia Benali",
                    "Dr Marc Delaunay", "Date et signature");

            assertThat(docx.paragraphs()).anySatisfy(p -> assertThat(p.getNumID()).isNotNull());

            String header = docx.document.getHeaderList().get(0).getText();
            assertThat(header).contains("Centre hospitalier de Valmont", "Urgences adultes (SAU)", "QUA-IA-URG-001");
            String footer = docx.part("word/footer1.xml");
            assertThat(footer).contains("PAGE", "NUMPAGES", "Version");

            var core = docx.document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Charte d'usage de l'IA générative — Urgences adultes (SAU)");
            assertThat(core.getCreator()).isEqualTo("Centre hospitalier de Valmont");
            assertThat(core.getCreated().toInstant().atZone(ZoneOffset.UTC).toLocalDate()).hasToString("2027-01-04");
            assertThat(docx.part("docProps/core.xml")).contains("<dc:language>fr-FR</dc:language>");
        }
    }

    @Test
    void matrixCellsAreShadedByStatusAndCarryTheirSymbolAndWord() throws Exception {
        try (WrittenDocx docx = written("urgences-adultes.yaml", DocumentKind.SHEET)) {
            XWPFTable matrix = docx.tables().stream()
                    .filter(t -> WrittenDocx.cellText(t.getRow(0).getCell(0)).equals("Outil")).findFirst().orElseThrow();
            assertThat(matrix.getRow(0).isRepeatHeader()).isTrue();
            int forbidden = 0;
            int conditional = 0;
            for (XWPFTableRow row : matrix.getRows().subList(1, matrix.getRows().size())) {
                for (XWPFTableCell cell : row.getTableCells().subList(1, row.getTableCells().size())) {
                    String word = WrittenDocx.cellText(cell);
                    String fill = cell.getColor();
                    if (word.equals("✗\u00A0Interdit") || word.equals("✗\u00A0Non prévu")) {
                        assertThat(fill).isEqualToIgnoringCase("E57373");
                        forbidden++;
                    } else if (word.equals("⚠\u00A0Sous conditions")) {
                        assertThat(fill).isEqualToIgnoringCase("FFB74D");
                        conditional++;
                    } else {
                        assertThat(word).isEqualTo("✓\u00A0Autorisé");
                        assertThat(fill).isEqualToIgnoringCase("C6EFCE");
                    }
                    assertThat(WrittenDocx.strong(cell.getParagraphs().get(0).getRuns().get(0))).isTrue();
                }
            }
            assertThat(forbidden).isPositive();
            assertThat(conditional).isPositive();
        }
    }

    @Test
    void englishSheetIsInEnglishWithItsLanguageAndTighterPage() throws Exception {
        try (WrittenDocx docx = written("paediatrics-en.yaml", DocumentKind.SHEET)) {
            assertThat(docx.text()).contains("What I may do", "What I must never do", "Who to call");
            assertThat(docx.part("docProps/core.xml")).contains("<dc:language>en-GB</dc:language>");
            assertThat(docx.document.getDocument().getBody().getSectPr().getPgMar().getLeft())
                    .isEqualTo(BigInteger.valueOf(DocxLayout.SHEET.margin()));
            assertThat(docx.paragraphsStyled("TOC1")).isEmpty();
        }
    }

    @Test
    void injectedMarkupInAnswersPrintsLiterally() throws Exception {
        String yaml = Files.readString(Path.of("samples/pharmacie-pui.yaml"), StandardCharsets.UTF_8)
                .replace("label: Interne en pharmacie hospitalière,",
                        "label: \"**x** # x | x <b>y</b> [a](b) {{x}} ![i](file:///etc/passwd)\",");
        try (WrittenDocx docx = WrittenDocx.of(SampleDocuments.treeOfYaml(yaml, DocumentKind.CHARTER))) {
            // French typography puts a narrow no-break space before "!", as in any French text
            assertThat(docx.text()).contains("**x** # x | x <b>y</b> [a](b) {{x}}\u202F![i](file:///etc/passwd)");
            assertThat(docx.document.getAllPictures()).isEmpty();
        }
    }

    @Test
    void sameSampleGivesTheSameBytesTwice() throws Exception {
        DocumentTree first = tree("imagerie-medicale.yaml", DocumentKind.CHARTER);
        DocumentTree second = tree("imagerie-medicale.yaml", DocumentKind.CHARTER);

        assertThat(new DocxWriter(Optional.empty()).write(first)).isEqualTo(new DocxWriter(Optional.empty()).write(second));
    }

    private static WrittenDocx written(String sample, DocumentKind kind) {
        return WrittenDocx.of(tree(sample, kind));
    }

    private static DocumentTree tree(String sample, DocumentKind kind) {
        return SampleDocuments.tree(Path.of("samples", sample), kind);
    }
}
