package fr.charteia.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.SampleDocuments;
import fr.charteia.Toolkit;
import fr.charteia.validation.Finding;
import fr.charteia.web.form.FieldLocation;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page (step 10): findings with links to their fields, the error summary, what errors block. */
class ReviewPageTest {

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
    void eachFindingLinksToTheStepAndInputOfItsField() throws IOException {
        String page = review(Files.readAllBytes(Path.of("samples/invalid/c-human.yaml")));

        assertThat(page).contains("/steps/7#f-authorised-1-human_validation\">Corriger : étape 7, Usages autorisés, champ"
                + " authorised[1].human_validation</a>");
        assertThat(page).contains("<h2 id=\"a-corriger\">Avant de produire les documents, corrigez 1 erreur(s)</h2>");
        assertThat(page).contains("<strong class=\"severity\">Erreur</strong> <span class=\"code\">C-HUMAN</span>");
    }

    @Test
    void everyFindingOfASampleOfInvalidFilesIsListedWithItsLink() throws IOException {
        for (String name : List.of("c-human.yaml", "g-contacts-missing-dpo.yaml", "d-public-personal.yaml",
                "q-ref-use.yaml", "g-dates.yaml", "q-schema-unknown-key.yaml", "p-personal-text-with-g-dates.yaml")) {
            byte[] yaml = Files.readAllBytes(Path.of("samples/invalid", name));
            String id = http.draft(yaml).value();
            String page = http.get("/drafts/" + id + "/review").body();
            CheckedQuestionnaire checked = TOOLKIT.validate(new QuestionnaireSource("x.yaml", yaml, Optional.empty()),
                    Locale.FRENCH);
            assertThat(checked.report().findings()).as(name).isNotEmpty();
            int number = 1;
            for (Finding finding : checked.report().findings().stream().sorted((a, b) -> Boolean.compare(!a.isError(),
                    !b.isError())).toList()) {
                FieldLocation location = FieldLocation.of(finding.path());
                String link = location.step() == FieldLocation.REVIEW_STEP
                        ? "/drafts/" + id + "/review#finding-" + number
                        : "/drafts/" + id + "/steps/" + location.step() + "#" + location.fieldId();
                assertThat(page).as(name + " " + finding.code()).contains("href=\"" + link + "\"")
                        .contains(escaped(finding.message()));
                number++;
            }
        }
    }

    @Test
    void errorsComeFirstThenWarningsEachSaidInWords() throws IOException {
        String page = review(Files.readAllBytes(Path.of("samples/invalid/c-role-with-c-human.yaml")));

        int errors = page.indexOf("<h3 id=\"erreurs\">Erreurs (elles bloquent la production des documents)</h3>");
        int warnings = page.indexOf("<h3 id=\"avertissements\">Avertissements (à examiner ; ils ne bloquent rien)</h3>");
        assertThat(errors).isPositive();
        assertThat(warnings).isGreaterThan(errors);
        assertThat(page.substring(errors, warnings)).contains("<strong class=\"severity\">Erreur</strong> <span class=\"code\">C-HUMAN");
        assertThat(page.substring(warnings)).contains("<strong class=\"severity\">Avertissement</strong> <span class=\"code\">C-ROLE");
    }

    @Test
    void errorsBlockTheDocumentsButNotTheQuestionnaire() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("samples/invalid/c-human.yaml"));
        String id = http.draft(yaml).value();
        String page = http.get("/drafts/" + id + "/review").body();

        assertThat(page).doesNotContain("/download/charter.pdf").doesNotContain("/download/sheet.docx")
                .doesNotContain("<iframe");
        assertThat(page).contains("Les documents Word et PDF ne peuvent pas encore être produits : corrigez d&#39;abord"
                + " les 1 erreur(s) listées en haut de cette page.");
        assertThat(page).contains("href=\"/drafts/" + id + "/download/questionnaire.yaml\"");

        HttpResponse<String> refused = http.get("/drafts/" + id + "/download/charter.pdf");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Ce document ne peut pas être produit : le questionnaire a 1 erreur(s).")
                .contains("href=\"/drafts/" + id + "/review#a-corriger\"");
        assertThat(http.get("/drafts/" + id + "/download/sheet.docx").statusCode()).isEqualTo(409);

        HttpResponse<byte[]> questionnaire = http.bytes("/drafts/" + id + "/download/questionnaire.yaml");
        assertThat(questionnaire.statusCode()).isEqualTo(200);
        assertThat(questionnaire.body()).isEqualTo(yaml);
    }

    @Test
    void aValidDraftOffersPreviewsAndTheFourDocuments() throws IOException {
        String id = http.startFrom("sample:urgences-adultes");
        String page = http.get("/drafts/" + id + "/review").body();

        assertThat(page).contains("<html lang=\"fr\">").contains("<title>Relecture : Urgences adultes (SAU) – charte-ia</title>");
        assertThat(page).doesNotContain("id=\"a-corriger\"");
        assertThat(page).contains("<iframe class=\"review-preview charter\" src=\"/drafts/" + id + "/preview/charter\""
                + " title=\"Aperçu de la charte d&#39;usage de l&#39;IA : Urgences adultes (SAU)\"")
                .contains("title=\"Aperçu de la fiche de bonnes pratiques : Urgences adultes (SAU)\"");
        for (String file : List.of("charter.pdf", "charter.docx", "sheet.pdf", "sheet.docx")) {
            assertThat(page).contains("href=\"/drafts/" + id + "/download/" + file + "\"");
        }
        assertThat(page).contains(">Télécharger la charte (PDF)</a>");
    }

    @Test
    void aScriptInTheDepartmentsNameIsShownAsText() throws IOException {
        String yaml = Files.readString(Path.of("samples/urgences-adultes.yaml"), StandardCharsets.UTF_8)
                .replace("  name: Urgences adultes (SAU)", "  name: '<script>alert(1)</script>\"><img src=x onerror=alert(1)>'");
        String page = review(yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;");
    }

    @Test
    void anEnglishDraftIsReviewedInEnglish() throws IOException {
        String id = http.startFrom("sample:paediatrics-en");
        String page = http.get("/drafts/" + id + "/review").body();

        assertThat(page).contains("<html lang=\"en\">").contains("<title>Review: Paediatrics – charte-ia</title>")
                .contains(">Download the charter (PDF)</a>").doesNotContain("Télécharger");

        String yaml = Files.readString(Path.of("samples/paediatrics-en.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("human_validation: true", "human_validation: false");
        String invalid = review(yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(invalid).contains("Before the documents can be made, fix").contains(">Error</strong>")
                .contains(">Fix: step 7, Authorised uses, field authorised[");
    }

    @Test
    void anIdThatIsNotADraftOfThisBrowserIsNotFound() throws IOException {
        assertThat(http.get("/drafts/0123456789abcdef/review").statusCode()).isEqualTo(404);
        assertThat(http.get("/drafts/..%2F..%2Fetc%2Fpasswd/review").statusCode()).isEqualTo(404);
        assertThat(http.get("/drafts/not-an-id/preview/charter").statusCode()).isEqualTo(404);
        assertThat(http.get("/drafts/not-an-id/download/questionnaire.yaml").statusCode()).isEqualTo(404);
        String id = http.startFrom("sample:urgences-adultes");
        assertThat(http.get("/drafts/" + id + "/preview/letter").statusCode()).isEqualTo(404);
        assertThat(http.get("/drafts/" + id + "/download/charter.md").statusCode()).isEqualTo(404);
    }

    private static String review(byte[] yaml) throws IOException {
        String id = http.draft(yaml).value();
        HttpResponse<String> response = http.get("/drafts/" + id + "/review");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** As the page's HTML escaping writes a message. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("=", "&#61;").replace("`", "&#96;");
    }
}
