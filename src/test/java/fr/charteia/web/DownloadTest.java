package fr.charteia.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.OutputFormat;
import fr.charteia.QuestionnaireSource;
import fr.charteia.SampleDocuments;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /drafts/{id}/download/…: the files generate writes, under their names, and the draft's YAML. */
class DownloadTest {

    private static final Toolkit TOOLKIT = SampleDocuments.toolkit();

    @TempDir
    static Path workspace;
    private static ReviewHttp http;

    @BeforeAll
    static void start() throws IOException {
        http = new ReviewHttp(workspace, TOOLKIT);
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void theDocumentsAreTheToolkitsFilesUnderTheirNames() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("samples/urgences-adultes.yaml"));
        String id = http.draft(yaml).value();
        CheckedQuestionnaire checked = TOOLKIT.validate(new QuestionnaireSource("urgences-adultes.yaml", yaml,
                Optional.empty()), Locale.FRENCH);
        for (DocumentKind kind : DocumentKind.values()) {
            for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.DOCX)) {
                HttpResponse<byte[]> file = http.bytes("/drafts/" + id + "/download/" + kind.name().toLowerCase(Locale.ROOT)
                        + "." + format.extension());
                String name = TOOLKIT.fileNames(checked, List.of(kind), List.of(format)).get(0);

                assertThat(file.statusCode()).isEqualTo(200);
                assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + name + "\"");
                assertThat(file.body()).as(name)
                        .isEqualTo(TOOLKIT.render(checked, List.of(kind), List.of(format)).files().get(0).bytes());
                assertThat(text(format, file.body())).as(name).contains("Urgences adultes (SAU)");
            }
        }
        assertThat(http.bytes("/drafts/" + id + "/download/charter.pdf").headers().firstValue("Content-Type"))
                .hasValue("application/pdf");
    }

    @Test
    void anEnglishDraftGivesEnglishDocuments() throws IOException {
        String id = http.startFrom("sample:paediatrics-en");
        HttpResponse<byte[]> sheet = http.bytes("/drafts/" + id + "/download/sheet.docx");

        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(text(OutputFormat.DOCX, sheet.body())).contains("Paediatrics");
    }

    @Test
    void theQuestionnaireIsTheDraftsYamlNamedAfterTheDepartment() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("samples/urgences-adultes.yaml"));
        String id = http.draft(yaml).value();
        HttpResponse<byte[]> file = http.bytes("/drafts/" + id + "/download/questionnaire.yaml");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"questionnaire-urgences-adultes-sau.yaml\"");
        assertThat(file.body()).isEqualTo(yaml);
    }

    @Test
    void aNameOfAnyCharactersGivesAnAsciiFileName() {
        assertThat(Downloads.yamlFileName(Optional.of("Pédiatrie « néonatale » \"/../\r\nX"))).isEqualTo(
                "questionnaire-pediatrie-neonatale-x.yaml");
        assertThat(Downloads.yamlFileName(Optional.of("日本"))).isEqualTo("questionnaire.yaml");
        assertThat(Downloads.yamlFileName(Optional.empty())).isEqualTo("questionnaire.yaml");
    }

    private static String text(OutputFormat format, byte[] bytes) throws IOException {
        if (format == OutputFormat.PDF) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }
}
