package fr.charteia.room.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionReportTest {

    private byte[] pdf;
    private String text;

    @BeforeAll
    void write() throws Exception {
        pdf = SessionReport.pdf(SessionSamples.material());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // one line, as the text reads: table cells wrap, French no-break spaces read as spaces
            text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReportHoldsTheSessionItsParticipantsAndTheirReviews() {
        assertThat(text).contains("Rapport de session", "Formation IAG — CH de Valmont — 12 mars 2027", "12 mars 2027");
        assertThat(text).contains("Camille", "Urgences adultes", "repères validés", "Très clair");
        assertThat(text).contains("Dominique", "Pharmacie (PUI)", "renvoyés pour reprise", "Précisez les données autorisées");
        assertThat(text).contains("Sacha", "Secrétariat & admissions", "en attente");
    }

    @Test
    void everyStatementComesWithItsMeansBeforeAndAfter() {
        for (var statement : SessionSamples.QUESTIONS.positioning().statements()) {
            assertThat(text).contains(statement.text());
        }
        assertThat(text).contains("moyenne 2,00 sur 4 (3 réponses)", "moyenne 3,67 sur 4 (3 réponses)", "+1,67");
        assertThat(text).contains("moyenne 3,50 sur 4 (2 réponses)", "aucune réponse");
    }

    @Test
    void progressSituationsAndSatisfactionAreThere() {
        assertThat(text).contains("Progression par participant", "E1 +2 ; E2 +1", "+1,50");
        assertThat(text).contains("Coller un compte rendu d'hospitalisation dans un chatbot public.",
                "Réponse attendue : interdit.", "2 sur 3 (67 %)", "J'anonymise d'abord");
        assertThat(text).doesNotContain("Une situation que personne n'a vue.");
        assertThat(text).contains("2 participants ont répondu", "Très utile, merci !", "3,50");
    }

    @Test
    void itIsTaggedInFrenchAndClaimsPdfAAndPdfUaInItsMetadata() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("fr-FR");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>", "Rapport de session — Formation IAG");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Rapport de session");
            assertThat(catalog.getDocumentOutline()).isNotNull();
        }
    }

    @Test
    void theSameSessionGivesTheSameBytes() throws Exception {
        assertThat(SessionReport.pdf(SessionSamples.material())).isEqualTo(pdf);
    }

    @Test
    void typedTextNeverBecomesMarkup() throws Exception {
        SessionMaterial material = SessionSamples.material();
        var room = material.room().withParticipant(SessionSamples.CAMILLE,
                p -> p.withReview(new fr.charteia.room.RulesReview(fr.charteia.room.RulesReview.Status.VALIDATED,
                        "<b>gras</b> & \"guillemets\" \u0007", java.util.Optional.empty())));
        byte[] written = SessionReport.pdf(new SessionMaterial(room, material.questions(), material.catalogue(),
                material.drafts(), material.draftFolder()));
        try (PDDocument document = Loader.loadPDF(written)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("<b>gras</b> & \"guillemets\"");
        }
    }
}
