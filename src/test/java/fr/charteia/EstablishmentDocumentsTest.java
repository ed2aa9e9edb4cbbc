package fr.charteia;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.HeadingPage;
import fr.charteia.render.pdf.PdfOutline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The establishment charter and a department charter that applies it, rendered through the toolkit
 * and read back: PDF with PDFBox, Word with POI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstablishmentDocumentsTest {

    private static final List<OutputFormat> BOTH = List.of(OutputFormat.PDF, OutputFormat.DOCX);

    private DocumentSet establishment;
    private DocumentSet withBaseline;
    private DocumentSet withoutBaseline;

    @BeforeAll
    void render() {
        Toolkit toolkit = SampleDocuments.toolkit();
        List<DocumentKind> all = List.of(DocumentKind.values());
        establishment = toolkit.render(EstablishmentFixtures.checkedEstablishment(), all, BOTH);
        withBaseline = toolkit.render(EstablishmentFixtures.urgences(true), all, List.of(OutputFormat.PDF));
        withoutBaseline = toolkit.render(EstablishmentFixtures.urgences(false), all, List.of(OutputFormat.PDF));
    }

    @Test
    void anEstablishmentHasItsCharterAndNoSheet() {
        assertThat(establishment.files()).extracting(RenderedFile::fileName).containsExactly(
                "charte-ia-etablissement-centre-hospitalier-de-valmont.pdf",
                "charte-ia-etablissement-centre-hospitalier-de-valmont.docx");
        assertThat(establishment.warnings()).isEmpty();
        assertThat(SampleDocuments.toolkit().fileNames(EstablishmentFixtures.checkedEstablishment(),
                List.of(DocumentKind.values()), List.of(OutputFormat.MARKDOWN)))
                .containsExactly("charte-ia-etablissement-centre-hospitalier-de-valmont.md");
    }

    @Test
    void establishmentPdfHasItsTitleHeadingsAndTheReasonsOfItsProhibitions() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file(establishment, OutputFormat.PDF).bytes())) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Charte d'établissement — usage de l'IA générative — Centre hospitalier de Valmont");
            assertThat(PdfOutline.headingPages(file(establishment, OutputFormat.PDF).bytes())).extracting(HeadingPage::text).contains(
                    "1. Objet et champ d'application", "4. Catalogue des outils de l'établissement",
                    "5.2 Interdits fixés par l'établissement", "12. Gouvernance et révision",
                    "Annexe B. Historique des versions");
            String text = oneLine(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Charte d'établissement", "Tous les services",
                    "ils ne reçoivent aucune donnée de patient, même pseudonymisée",
                    "Le codage engage la facturation de l'établissement",
                    "Comité social d'établissement (CSE), le 11 novembre 2026");
        }
    }

    @Test
    void establishmentWordFileHasTheSameText() throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(file(establishment, OutputFormat.DOCX).bytes()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(word.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Charte d'établissement — usage de l'IA générative — Centre hospitalier de Valmont");
            String text = oneLine(extractor.getText());
            assertThat(text).contains("Catalogue des outils de l'établissement", "Interdits fixés par l'établissement",
                    "Traducteur", "Historique des versions", "Le codage engage la facturation de l'établissement");
        }
    }

    @Test
    void aDepartmentCharterWithBaselineIsShorterAndSaysWhichRuleComesFromWhom() throws IOException {
        int shorter;
        int full;
        String text;
        try (PDDocument pdf = Loader.loadPDF(charter(withBaseline).bytes())) {
            shorter = pdf.getNumberOfPages();
            text = oneLine(new PDFTextStripper().getText(pdf));
        }
        try (PDDocument pdf = Loader.loadPDF(charter(withoutBaseline).bytes())) {
            full = pdf.getNumberOfPages();
        }
        System.out.printf("pages of the department charter: %d with baseline, %d without%n", shorter, full);

        assertThat(shorter).isLessThan(full);
        assertThat(text).contains("Cadre commun", "réf. DIR-IA-001, version 2.0", "Fixés par l'établissement",
                "Propres au service", "Interdit par l'établissement", "Interdit par le service",
                "catalogue de l'établissement", "propre au service");
        assertThat(text).doesNotContain("2. Définitions", "Vérifier et garder la main", "Annexe A. Références");
    }

    @Test
    void theSheetWithBaselineMarksTheEstablishmentsProhibitionsAndStaysOnOnePage() throws IOException {
        RenderedFile sheet = withBaseline.files().stream().filter(f -> f.kind() == DocumentKind.SHEET).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(sheet.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(oneLine(new PDFTextStripper().getText(pdf)))
                    .contains("(établissement)", "fixé par la charte d'établissement, réf. DIR-IA-001");
        }
        assertThat(withBaseline.warnings()).isEmpty();
    }

    private static RenderedFile charter(DocumentSet set) {
        return set.files().stream().filter(f -> f.kind() == DocumentKind.CHARTER && f.format() == OutputFormat.PDF)
                .findFirst().orElseThrow();
    }

    private static RenderedFile file(DocumentSet set, OutputFormat format) {
        return set.files().stream().filter(f -> f.format() == format).findFirst().orElseThrow();
    }

    /** Text extracted from a page or a paragraph, with its line breaks and hyphenation points as spaces. */
    private static String oneLine(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }
}
