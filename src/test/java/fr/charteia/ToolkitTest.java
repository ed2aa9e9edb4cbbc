package fr.charteia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.charteia.document.DocumentKind;
import fr.charteia.validation.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine as its clients drive it: check, render in memory, write; shared between threads. */
class ToolkitTest {

    private static final Path URGENCES = Path.of("samples/urgences-adultes.yaml");
    private static final Path PAEDIATRICS = Path.of("samples/paediatrics-en.yaml");
    private static final List<DocumentKind> BOTH = List.of(DocumentKind.values());
    private static final List<OutputFormat> WORD_AND_PDF = List.of(OutputFormat.DOCX, OutputFormat.PDF);

    private final Toolkit toolkit = SampleDocuments.toolkit();

    @Test
    void aQuestionnaireInMemoryIsCheckedLikeTheSameFile() throws IOException {
        byte[] bytes = Files.readAllBytes(URGENCES);

        CheckedQuestionnaire fromFile = toolkit.validate(URGENCES, Locale.FRENCH);
        CheckedQuestionnaire fromMemory = toolkit.validate(new QuestionnaireSource("urgences-adultes.yaml", bytes,
                Optional.of(Path.of("samples"))), Locale.FRENCH);

        assertThat(fromMemory.valid()).isTrue();
        assertThat(fromMemory.report().findings()).extracting(Finding::message)
                .containsExactlyElementsOf(fromFile.report().findings().stream().map(Finding::message).toList());
        assertThat(fromMemory.source()).isEqualTo(bytes);
        assertThat(fromMemory.questionnaire()).isEqualTo(fromFile.questionnaire());
    }

    @Test
    void anUploadWithoutAFolderCannotNameALogoOnTheServersDisk() throws IOException {
        String yaml = Files.readString(URGENCES, StandardCharsets.UTF_8)
                .replace("  name: Centre hospitalier de Valmont\n", "  name: Centre hospitalier de Valmont\n  logo: /etc/hosts\n");

        CheckedQuestionnaire checked = toolkit.validate(new QuestionnaireSource("upload.yaml",
                yaml.getBytes(StandardCharsets.UTF_8), Optional.empty()), Locale.FRENCH);

        assertThat(checked.valid()).isFalse();
        assertThat(checked.questionnaire()).isEmpty();
        assertThat(checked.report().findings()).extracting(f -> f.code().code()).contains("G-LOGO");
    }

    @Test
    void aFileThatCannotBeReadIsAReportNotAnException() {
        CheckedQuestionnaire checked = toolkit.validate(new QuestionnaireSource("notes.txt", new byte[] {1, 2},
                Optional.empty()), Locale.ENGLISH);

        assertThat(checked.report().readable()).isFalse();
        assertThat(checked.report().findings()).hasSize(1);
        assertThat(checked.source()).isEmpty();
    }

    @Test
    void renderingGivesEachDocumentInEachFormatChartersFirstUnderTheNamesAnnouncedBefore() {
        CheckedQuestionnaire checked = toolkit.validate(URGENCES, Locale.FRENCH);
        List<OutputFormat> formats = List.of(OutputFormat.PDF, OutputFormat.MARKDOWN, OutputFormat.DOCX);

        DocumentSet documents = toolkit.render(checked, BOTH, formats);

        assertThat(documents.files()).extracting(RenderedFile::fileName).containsExactly(
                "charte-ia-urgences-adultes-sau.pdf", "charte-ia-urgences-adultes-sau.md", "charte-ia-urgences-adultes-sau.docx",
                "fiche-ia-urgences-adultes-sau.pdf", "fiche-ia-urgences-adultes-sau.md", "fiche-ia-urgences-adultes-sau.docx");
        assertThat(toolkit.fileNames(checked, BOTH, formats))
                .containsExactlyElementsOf(documents.files().stream().map(RenderedFile::fileName).toList());
        assertThat(documents.files()).allSatisfy(file -> assertThat(file.bytes()).isNotEmpty());
        assertThat(new String(documents.files().get(1).bytes(), StandardCharsets.UTF_8))
                .isEqualTo(toolkit.compose(checked, DocumentKind.CHARTER).markdown());
        assertThat(documents.warnings()).isEmpty();
    }

    @Test
    void theWordTableOfContentsPrintsThePagesOfThePdfMadeFromTheSameTree() throws IOException {
        DocumentSet documents = toolkit.render(toolkit.validate(URGENCES, Locale.FRENCH), List.of(DocumentKind.CHARTER),
                List.of(OutputFormat.DOCX));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.files().get(0).bytes()))) {
            List<String> contents = docx.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle()))
                    .map(p -> p.getText().strip()).toList();
            assertThat(contents).isNotEmpty();
            // the last section of a ten-page charter starts well after page 1
            assertThat(contents.get(contents.size() - 1)).matches(".*\\D([5-9]|1\\d)$");
        }
    }

    @Test
    void aQuestionnaireWithErrorsIsNotRendered() {
        CheckedQuestionnaire invalid = toolkit.validate(Path.of("samples/invalid/g-logo-missing.yaml"), Locale.FRENCH);

        assertThatThrownBy(() -> toolkit.render(invalid, BOTH, WORD_AND_PDF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g-logo-missing.yaml has errors");
    }

    @Test
    void threadsSharingOneToolkitGetTheBytesOneThreadGets() throws Exception {
        CheckedQuestionnaire urgences = toolkit.validate(URGENCES, Locale.FRENCH);
        CheckedQuestionnaire paediatrics = toolkit.validate(PAEDIATRICS, Locale.FRENCH);
        List<String> alone = bytes(toolkit.render(urgences, BOTH, WORD_AND_PDF));
        List<String> aloneEnglish = bytes(toolkit.render(paediatrics, BOTH, WORD_AND_PDF));

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                CheckedQuestionnaire which = i % 2 == 0 ? urgences : paediatrics;
                runs.add(threads.submit((Callable<List<String>>) () -> bytes(toolkit.render(which, BOTH, WORD_AND_PDF))));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get()).containsExactlyElementsOf(i % 2 == 0 ? alone : aloneEnglish);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void manyDepartmentsAreHandedOverInTheirOrder() {
        List<CheckedQuestionnaire> checked = toolkit.validateAll(List.of(URGENCES, PAEDIATRICS,
                Path.of("samples/pharmacie-pui.yaml")), Locale.FRENCH);
        List<String> handed = new ArrayList<>();

        toolkit.renderInOrder(checked, List.of(DocumentKind.SHEET), List.of(OutputFormat.MARKDOWN),
                documents -> handed.add(documents.source()));

        assertThat(handed).containsExactly(URGENCES.toString(), PAEDIATRICS.toString(), "samples/pharmacie-pui.yaml");
    }

    @Test
    void aFailingHandlerStopsTheRun() {
        List<CheckedQuestionnaire> checked = toolkit.validateAll(List.of(URGENCES, PAEDIATRICS, URGENCES, PAEDIATRICS),
                Locale.FRENCH);
        List<String> handed = new ArrayList<>();

        assertThatThrownBy(() -> toolkit.renderInOrder(checked, List.of(DocumentKind.SHEET), List.of(OutputFormat.MARKDOWN),
                documents -> {
                    handed.add(documents.source());
                    throw new IllegalStateException("disk full");
                })).hasMessage("disk full");
        assertThat(handed).hasSize(1);
    }

    @Test
    void writingPutsEveryFileInTheFolderWhole(@TempDir Path out) throws IOException {
        DocumentSet documents = toolkit.render(toolkit.validate(URGENCES, Locale.FRENCH), BOTH, WORD_AND_PDF);

        List<Path> written = toolkit.write(documents, out);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(documents.files().stream().map(RenderedFile::fileName).toList());
        for (int i = 0; i < written.size(); i++) {
            assertThat(Files.readAllBytes(written.get(i))).isEqualTo(documents.files().get(i).bytes());
        }
        try (PDDocument sheet = Loader.loadPDF(out.resolve("fiche-ia-urgences-adultes-sau.pdf").toFile())) {
            assertThat(sheet.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aTimestampDatesEveryFileAndTheSameInputsGiveTheSameBytes() {
        Instant instant = Instant.parse("2027-03-12T08:00:00Z");
        try (Toolkit dated = Toolkit.builder().timestamp(instant).threads(1).build()) {
            CheckedQuestionnaire checked = dated.validate(URGENCES, Locale.FRENCH);
            List<String> first = bytes(dated.render(checked, BOTH, WORD_AND_PDF));
            List<String> second = bytes(dated.render(checked, BOTH, WORD_AND_PDF));

            assertThat(first).containsExactlyElementsOf(second);
            assertThat(first).isNotEqualTo(bytes(toolkit.render(checked, BOTH, WORD_AND_PDF)));
        }
    }

    /** Each file as its SHA-256: lists of these compare by content. */
    private static List<String> bytes(DocumentSet documents) {
        return documents.files().stream().map(file -> sha256(file.bytes())).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
