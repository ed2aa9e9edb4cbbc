package fr.charteia;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charter's version table (« Historique des versions »), in Word, in the PDF and in English. */
class HistoryTableTest {

    private static final Path SAMPLE = Path.of("samples/pharmacie-pui.yaml");
    private static Toolkit toolkit;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        toolkit = Toolkit.create();
    }

    @AfterAll
    static void stop() {
        toolkit.close();
    }

    private static byte[] charter(Path questionnaire, OutputFormat format) {
        CheckedQuestionnaire checked = toolkit.validate(questionnaire, Locale.FRENCH);
        assertThat(checked.valid()).as(checked.report().toString()).isTrue();
        return toolkit.render(checked, List.of(DocumentKind.CHARTER), List.of(format)).files().get(0).bytes();
    }

    @Test
    void theWordCharterHasAVersionTableWithOneRowPerVersion() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(charter(SAMPLE, OutputFormat.DOCX)))) {
            XWPFTable table = docx.getTables().stream()
                    .filter(t -> texts(t.getRow(0)).equals(List.of("Version", "Date", "Auteur", "Modifications")))
                    .findFirst().orElseThrow();

            assertThat(table.getRows()).hasSize(3);
            assertThat(texts(table.getRow(1))).containsExactly("1.0", "5 octobre 2026", "Dr Antoine Perrin",
                    "Création de la charte, validée en COMEDIMS.");
            List<String> second = texts(table.getRow(2));
            assertThat(second.subList(0, 3)).containsExactly("1.1", "18 janvier 2027", "Dr Antoine Perrin");
            assertThat(second.get(3)).startsWith("Modifications par rapport à la version 1.0 : Usage désormais autorisé : "
                    + "Études d'utilisation").contains("agrégées ; Nouvelle interdiction : photographier")
                    .endsWith("secrétariat ajoutée (avril 2027).");
        }
    }

    @Test
    void thePdfCharterPrintsTheTableBeforeTheAnnexes() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(charter(SAMPLE, OutputFormat.PDF))) {
            String text = plain(new PDFTextStripper().getText(pdf));

            assertThat(text).contains("Historique des versions", "5 octobre 2026", "18 janvier 2027", "Modifications");
            assertThat(text.indexOf("Historique des versions")).isGreaterThan(text.indexOf("13. Gouvernance et révision"))
                    .isLessThan(text.lastIndexOf("Annexe A. Références"));
        }
    }

    @Test
    void anEnglishCharterCallsItVersionHistory() throws Exception {
        String yaml = Files.readString(SAMPLE, StandardCharsets.UTF_8).replace("locale: fr", "locale: en");
        Path english = Files.writeString(dir.resolve("pharmacy.yaml"), yaml, StandardCharsets.UTF_8);

        String markdown = toolkit.compose(toolkit.validate(english, Locale.ENGLISH), DocumentKind.CHARTER).markdown();

        assertThat(markdown).contains("## Version history\n\n| Version | Date | Author | Changes |\n",
                "| 1\\.0 | 5 October 2026 | Dr Antoine Perrin | Création de la charte, validée en COMEDIMS. |");
    }

    @Test
    void aCharterWithoutHistoryHasNoVersionTable() throws Exception {
        String markdown = toolkit.compose(toolkit.validate(Path.of("samples/urgences-adultes.yaml"), Locale.FRENCH),
                DocumentKind.CHARTER).markdown();

        assertThat(markdown).doesNotContain("Historique des versions").contains("pénal");
    }

    /** French typography puts no-break spaces before colons and inside dates; lines wrap in the PDF. */
    private static String plain(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", " ").strip();
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(HistoryTableTest::plain).toList();
    }
}
