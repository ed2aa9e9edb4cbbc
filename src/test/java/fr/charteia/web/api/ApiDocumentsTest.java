package fr.charteia.web.api;

import static fr.charteia.web.api.ApiValidateTest.JSON;
import static fr.charteia.web.api.ApiValidateTest.error;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.OutputFormat;
import fr.charteia.QuestionnaireSource;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** {@code POST /api/documents}: the file itself, named as {@code generate} names it, or why not. */
class ApiDocumentsTest {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    static Path workspace;
    static TestServer server;
    static byte[] urgences;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(workspace);
        urgences = Files.readAllBytes(Path.of("samples/urgences-adultes.yaml"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theCharterComesAsAPdfNamedAsGenerateNamesIt() throws IOException {
        HttpResponse<byte[]> response = server.post("/api/documents?document=charter&format=pdf", "application/yaml", urgences);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PDF);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + fileName(urgences, DocumentKind.CHARTER, OutputFormat.PDF) + "\"");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Urgences adultes (SAU)");
        }
    }

    @Test
    void theSheetComesAsADocxNamedAsGenerateNamesIt() throws IOException {
        HttpResponse<byte[]> response = server.post("/api/documents?document=sheet&format=docx",
                "application/yaml; charset=utf-8", urgences);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(DOCX);
        String name = fileName(urgences, DocumentKind.SHEET, OutputFormat.DOCX);
        assertThat(name).endsWith(".docx");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + name + "\"");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("Urgences adultes (SAU)");
        }
    }

    @Test
    void anEnglishQuestionnaireInJsonGivesItsCharterInWord() throws IOException {
        // the JSON of a sample, converted here: the API reads JSON as the command line does
        byte[] yaml = Files.readAllBytes(Path.of("samples/paediatrics-en.yaml"));
        Object tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readValue(yaml, Object.class);
        byte[] json = JSON.writeValueAsBytes(tree);
        CheckedQuestionnaire checked = TestServer.toolkit().validate(new QuestionnaireSource("q.json", json, Optional.empty()),
                Locale.FRENCH);
        assertThat(checked.valid()).as("the JSON variant of the sample is valid").isTrue();
        HttpResponse<byte[]> response = server.post("/api/documents?document=charter&format=docx", "application/json", json);

        assertThat(response.statusCode()).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains(checked.questionnaire().orElseThrow().service().name());
        }
    }

    @Test
    void aQuestionnaireWithErrorsIsA422WithItsFindings() throws IOException {
        byte[] invalid = Files.readAllBytes(Path.of("samples/invalid/d-training.yaml"));

        HttpResponse<byte[]> response = server.post("/api/documents?document=charter&format=pdf", "application/yaml", invalid);
        HttpResponse<byte[]> validated = server.post("/api/validate", "application/yaml", invalid);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(validated.body()));
        assertThat(JSON.readTree(response.body()).get("valid").asBoolean()).isFalse();
    }

    @Test
    void anUnreadableQuestionnaireIsA422WithItsFinding() throws IOException {
        byte[] broken = "service: {name: [\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> response = server.post("/api/documents?document=sheet&format=docx", "application/yaml", broken);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("findings")).hasSize(1);
        assertThat(JSON.readTree(response.body())).isEqualTo(
                JSON.readTree(server.post("/api/validate", "application/yaml", broken).body()));
    }

    @Test
    void aMissingOrUnknownDocumentOrFormatIsA400SayingTheAllowedValues() throws IOException {
        assertBadRequest("/api/documents?format=pdf", "Indiquez le document voulu dans l'adresse : document=charter (la "
                + "charte) ou document=sheet (la fiche de bonnes pratiques).");
        assertBadRequest("/api/documents?document=charte&format=pdf", "« document=charte » n'est pas un document de "
                + "charte-ia : utilisez document=charter (la charte) ou document=sheet (la fiche de bonnes pratiques).");
        assertBadRequest("/api/documents?document=sheet", "Indiquez le format voulu dans l'adresse : format=pdf ou "
                + "format=docx (Word).");
        assertBadRequest("/api/documents?document=sheet&format=md", "« format=md » n'est pas un format proposé : "
                + "utilisez format=pdf ou format=docx (Word).");
    }

    private static void assertBadRequest(String path, String message) throws IOException {
        HttpResponse<byte[]> response = server.post(path, "application/yaml", urgences);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(error(response)).isEqualTo(message);
    }

    @Test
    void aTemplateProblemIsA500InFrench(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("modeles/fr"));
        Path charter = Files.writeString(templates.resolve("charter.md.mustache"), "# Charte\n\n{{departement}}\n",
                StandardCharsets.UTF_8);
        try (Toolkit adapted = Toolkit.builder().templates(templates.getParent()).build();
                TestServer withTemplates = TestServer.start(dir.resolve("espace"), Optional.empty(), adapted)) {
            HttpResponse<byte[]> response = withTemplates.post("/api/documents?document=charter&format=pdf",
                    "application/yaml", urgences);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(error(response)).isEqualTo("Les documents n'ont pas pu être produits, à cause d'un problème de "
                    + "modèle : le modèle « " + charter + " », ligne 3 : la balise {{departement}} ne correspond à aucune "
                    + "valeur : vérifiez son orthographe parmi les noms décrits dans templates/README.md. Corrigez le "
                    + "modèle (voir templates/README.md), puis relancez charte-ia serve.");
        }
    }

    @Test
    void aNameThatIsNotAsciiIsAlsoGivenInUtf8() {
        assertThat(ContentDisposition.attachment("charte-urgences.pdf"))
                .isEqualTo("attachment; filename=\"charte-urgences.pdf\"");
        assertThat(ContentDisposition.attachment("fiche-pédiatrie \"été\".docx"))
                .isEqualTo("attachment; filename=\"fiche-pediatrie _ete_.docx\"; "
                        + "filename*=UTF-8''fiche-p%C3%A9diatrie%20%22%C3%A9t%C3%A9%22.docx");
    }

    static String fileName(byte[] yaml, DocumentKind document, OutputFormat format) {
        CheckedQuestionnaire checked = TestServer.toolkit().validate(
                new QuestionnaireSource("q.yaml", yaml, Optional.empty()), Locale.FRENCH);
        return TestServer.toolkit().fileNames(checked, List.of(document), List.of(format)).get(0);
    }
}
