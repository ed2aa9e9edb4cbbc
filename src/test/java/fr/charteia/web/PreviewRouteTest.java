package fr.charteia.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.SampleDocuments;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /drafts/{id}/preview/{charter|sheet}: the PDF's XHTML, framable by the review page only, under a strict policy. */
class PreviewRouteTest {

    private static final Toolkit TOOLKIT = SampleDocuments.toolkit();
    private static final Pattern STYLE = Pattern.compile("<style type=\"text/css\">([^<]*)</style>");

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
    void thePreviewIsTheToolkitsXhtmlWithOnlyTheWebStylesheetAdded() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("samples/urgences-adultes.yaml"));
        String id = http.draft(yaml).value();
        CheckedQuestionnaire checked = TOOLKIT.validate(new QuestionnaireSource("urgences.yaml", yaml, Optional.empty()),
                Locale.FRENCH);
        for (DocumentKind kind : DocumentKind.values()) {
            HttpResponse<String> preview = http.get("/drafts/" + id + "/preview/" + kind.name().toLowerCase(Locale.ROOT));

            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(preview.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(preview.body()).contains(PreviewPage.STYLESHEET_LINK);
            assertThat(withoutWebAdditions(preview.body())).isEqualTo(TOOLKIT.preview(checked, kind));
        }
    }

    @Test
    void itsPolicyAllowsThePrintStylesheetByItsHashAndNothingInline() throws IOException {
        String id = http.startFrom("sample:urgences-adultes");
        HttpResponse<String> preview = http.get("/drafts/" + id + "/preview/sheet");

        String policy = preview.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher style = STYLE.matcher(preview.body());
        assertThat(style.find()).isTrue();
        assertThat(policy).startsWith("default-src 'none'; style-src 'self' 'sha256-" + sha256(style.group(1)) + "'")
                .contains("img-src data:").contains("font-src 'self'").contains("frame-ancestors 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("script-src");
        assertThat(preview.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(preview.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // every other page keeps refusing to be framed
        assertThat(http.get("/drafts/" + id + "/review").headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void theColumnWidthsMoveToAStyleElementAllowedByItsHash() throws IOException {
        String id = http.startFrom("sample:urgences-adultes");
        HttpResponse<String> preview = http.get("/drafts/" + id + "/preview/charter");

        String policy = preview.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(preview.body()).doesNotContain(" style=\"").contains(PreviewPage.WIDTH_ATTRIBUTE + "=\"1\"");
        Matcher widths = Pattern.compile("<style>(\\[" + PreviewPage.WIDTH_ATTRIBUTE + "[^<]*)</style>").matcher(preview.body());
        assertThat(widths.find()).isTrue();
        assertThat(widths.group(1)).contains("width: ").contains(" !important;");
        assertThat(policy).contains("'sha256-" + sha256(widths.group(1)) + "'").doesNotContain("unsafe");
    }

    /** The preview as the toolkit wrote it: the link and the widths' style element out, the style attributes back. */
    private static String withoutWebAdditions(String html) {
        Matcher widths = Pattern.compile("<style>(\\[" + PreviewPage.WIDTH_ATTRIBUTE + "[^<]*)</style>").matcher(html);
        java.util.Map<String, String> rules = new java.util.HashMap<>();
        if (widths.find()) {
            Matcher rule = Pattern.compile("\\[" + PreviewPage.WIDTH_ATTRIBUTE + "=\"(\\d+)\"\\]\\{([^}]*)\\}").matcher(widths.group(1));
            while (rule.find()) {
                rules.put(rule.group(1), rule.group(2).replace(" !important;", ";").replaceAll(";$", ""));
            }
            html = html.replace(widths.group(0), "");
        }
        Matcher marked = Pattern.compile(" " + PreviewPage.WIDTH_ATTRIBUTE + "=\"(\\d+)\"").matcher(html.replace(PreviewPage.STYLESHEET_LINK, ""));
        StringBuilder original = new StringBuilder();
        while (marked.find()) {
            marked.appendReplacement(original, Matcher.quoteReplacement(" style=\"" + rules.get(marked.group(1)) + "\""));
        }
        marked.appendTail(original);
        return original.toString();
    }

    @Test
    void theFontsOfThePdfAreServedFromTheJar() throws IOException {
        HttpResponse<byte[]> css = http.bytes(PreviewAssets.PATH + "preview.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(new String(css.body(), StandardCharsets.UTF_8)).contains("url(\"LiberationSans-Regular.ttf\")");
        HttpResponse<byte[]> font = http.bytes(PreviewAssets.PATH + "LiberationSans-Regular.ttf");
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.headers().firstValue("Content-Type")).hasValue("font/ttf");
        assertThat(font.body()).startsWith(0, 1, 0, 0);
        assertThat(http.bytes(PreviewAssets.PATH + "DejaVuSans-Bold.ttf").statusCode()).isEqualTo(200);
        assertThat(http.bytes(PreviewAssets.PATH + "..%2Fcharte-ia.css").statusCode()).isEqualTo(404);
    }

    @Test
    void aDraftWithErrorsGetsAShortMessageInstead() throws IOException {
        String id = http.draft(Files.readAllBytes(Path.of("samples/invalid/c-human.yaml"))).value();
        HttpResponse<String> preview = http.get("/drafts/" + id + "/preview/charter");

        assertThat(preview.statusCode()).isEqualTo(409);
        assertThat(preview.body()).contains("<html lang=\"fr\">").contains("<p>Aperçu indisponible : le questionnaire a 1"
                + " erreur(s). Corrigez-les depuis la page de relecture, puis rechargez cette page.</p>");
        assertThat(preview.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
    }

    @Test
    void anEnglishDraftWithErrorsGetsItInEnglish() throws IOException {
        String yaml = Files.readString(Path.of("samples/paediatrics-en.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("human_validation: true", "human_validation: false");
        String id = http.draft(yaml.getBytes(StandardCharsets.UTF_8)).value();
        HttpResponse<String> preview = http.get("/drafts/" + id + "/preview/sheet");

        assertThat(preview.statusCode()).isEqualTo(409);
        assertThat(preview.body()).contains("<html lang=\"en\">").contains("<p>Preview unavailable: the questionnaire has 1"
                + " error(s). Fix them from the review page, then reload this page.</p>");
    }

    @Test
    void aScriptInTheDepartmentsNameIsPreviewedAsText() throws IOException {
        String yaml = Files.readString(Path.of("samples/urgences-adultes.yaml"), StandardCharsets.UTF_8)
                .replace("  name: Urgences adultes (SAU)", "  name: '<script>alert(1)</script>\"><img src=x onerror=alert(1)>'");
        String id = http.draft(yaml.getBytes(StandardCharsets.UTF_8)).value();
        for (String document : new String[] {"charter", "sheet"}) {
            String preview = http.get("/drafts/" + id + "/preview/" + document).body();

            assertThat(preview).doesNotContain("<script").doesNotContain("<img src=x");
            assertThat(preview).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(preview).contains("&gt;&lt;img src=x onerror=alert(1)&gt;");
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
