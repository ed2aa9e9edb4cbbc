package fr.charteia.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A department manager's whole journey in a real browser: from the starter questionnaire to the
 * department's Word and PDF files, meeting validation errors on the way and fixing them, with
 * axe-core run on every page met.
 */
class QuestionnaireJourneyIT {

    private static final String DEPARTMENT = "Médecine polyvalente";

    private Browser browser;
    private ServerUnderTest server;
    private WebDriverWait wait;

    @BeforeEach
    void start(@TempDir Path workspace) {
        server = ServerUnderTest.start(workspace);
        browser = Browser.start(1280, 900);
        // bounds the waits for the live validation's answers; a failure, not a pass, when reached
        wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            // the page as it stood when the test ended: what a failure's message cannot show
            Screenshots.take(browser, "parcours-fin");
            browser.close();
        }
        server.close();
    }

    @Test
    void aNewDepartmentFillsTheQuestionnaireFixesItsErrorsAndDownloadsItsDocuments() throws Exception {
        browser.open(server.at("/"));
        click("//button[normalize-space()=\"Commencer avec le questionnaire de départ\"]");
        // the form posts and the server redirects: under load the click returns before the new page
        wait.until(d -> !browser.currentUri().getPath().equals("/"));
        assertThat(browser.currentUri().getPath()).matches("/drafts/[0-9a-f]{16}/steps/1");
        String draft = browser.currentUri().getPath().replaceAll("/steps/1$", "");

        // step 1: the starter's placeholders are findings beside their fields; a mistyped address is one too
        assertThat(findings("f-organisation-name")).contains("G-PLACEHOLDER");
        Axe.assertNoSeriousViolations(browser);
        type("f-organisation-name", "Centre hospitalier de Montclair");
        type("f-organisation-contacts-dpo-name", "Anne Roux");
        type("f-organisation-contacts-dpo-email", "anne.roux.chmontclair.fr");
        waitForFinding("f-organisation-contacts-dpo-email", "« anne.roux.chmontclair.fr » du contact du délégué à la "
                + "protection des données (DPO) est mal formée");
        assertThat(browser.find("#f-organisation-contacts-dpo-email").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#step-summary").getText()).contains("G-CONTACTS");
        Screenshots.take(browser, "etape-1-erreur");
        type("f-organisation-contacts-dpo-email", "dpo@ch-montclair.fr");
        waitForNoFinding("f-organisation-contacts-dpo-email");
        type("f-organisation-contacts-security_officer-name", "Marc Lenoir");
        type("f-organisation-contacts-security_officer-email", "rssi@ch-montclair.fr");
        type("f-organisation-contacts-ai_referent-name", "Dr Léa Morel");
        type("f-organisation-contacts-ai_referent-email", "referent-ia@ch-montclair.fr");
        waitForNoFinding("f-organisation-contacts-ai_referent-email");
        next(2);

        // step 2: the department and the document's control block
        Axe.assertNoSeriousViolations(browser);
        type("f-service-name", DEPARTMENT);
        type("f-service-unit", "Pôle médecine");
        type("f-service-manager-name", "Paul Girard");
        type("f-document-reference", "QUA-IA-MED-001");
        type("f-document-written_by-name", "Julie Perrin");
        type("f-document-reviewed_by-name", "Dr Léa Morel");
        type("f-document-approved_by-name", "Dr Hugo Blanc");
        waitForNoFinding("f-document-approved_by-name");
        next(3);

        // step 3: a role of the department's own, added without reloading the page
        Axe.assertNoSeriousViolations(browser);
        int rows = browser.driver().findElements(By.cssSelector("#f-roles fieldset.row")).size();
        click("//button[@value='add:roles']");
        wait.until(d -> d.findElements(By.cssSelector("#f-roles fieldset.row")).size() == rows + 1);
        String newRole = "f-roles-" + rows;
        type(newRole + "-label", "Assistant·e de service social");
        new Select(browser.find("#" + newRole + "-kind")).selectByVisibleText("Personnel administratif");
        wait.until(d -> d.findElement(By.id("autosave")).getText().startsWith("Enregistré"));
        next(4);

        // step 4: the medical device the starter left to name
        Axe.assertNoSeriousViolations(browser);
        assertThat(findings("f-tools-4-name")).contains("G-PLACEHOLDER");
        type("f-tools-4-name", "Aide au diagnostic ECG (dispositif médical marqué CE)");
        waitForNoFinding("f-tools-4-name");
        for (int step = 5; step <= 9; step++) {
            next(step);
            Axe.assertNoSeriousViolations(browser);
            if (step == 7) {
                // the new role got an id when it was saved: the rules offer it as a check box
                assertThat(browser.find("#f-authorised-0-roles").getText()).contains("Assistant·e de service social");
            }
        }

        // step 9: traceability filled; the training dates are forgotten, and the review says so
        type("f-traceability", "Mention « rédigé avec l'aide d'un outil d'IA » dans le dossier patient informatisé.");
        waitForNoFinding("f-traceability");
        click("//button[@value='next']");
        wait.until(d -> d.getCurrentUrl().endsWith(draft + "/review"));
        Axe.assertNoSeriousViolations(browser);
        assertThat(browser.find(".error-summary").getText()).contains("G-PLACEHOLDER");
        assertThat(browser.driver().findElements(By.cssSelector("a[href$='.pdf'], a[href$='.docx']"))).isEmpty();

        // each error links to its field
        browser.find(".error-summary a").click();
        wait.until(d -> d.getCurrentUrl().contains(draft + "/steps/9#f-training-0-date"));
        for (int i = 0; i < 3; i++) {
            type("f-training-" + i + "-date", "Premier trimestre 2027");
            waitForNoFinding("f-training-" + i + "-date");
        }
        click("//button[@value='next']");
        wait.until(d -> d.getCurrentUrl().endsWith(draft + "/review"));
        assertThat(browser.mainText()).contains(DEPARTMENT).doesNotContain("G-PLACEHOLDER");
        assertThat(browser.driver().findElements(By.cssSelector("iframe.review-preview"))).hasSize(2);
        Axe.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "relecture");

        // the downloads are the department's documents
        String pdf = download(link("charter.pdf"));
        String docx = download(link("sheet.docx"));
        assertThat(pdf).contains(DEPARTMENT).contains("Centre hospitalier de Montclair").contains("QUA-IA-MED-001");
        assertThat(docx).contains(DEPARTMENT);
    }

    private void next(int expectedStep) {
        click("//button[@value='next']");
        wait.until(d -> d.getCurrentUrl().matches(".*/steps/" + expectedStep + "(#.*)?$"));
    }

    private void click(String xpath) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    /** Replaces a field's text as a user does: select all, type. */
    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", field);
        field.clear();
        field.sendKeys(text);
    }

    private String findings(String id) {
        return browser.find("#" + id + "-findings").getText();
    }

    private void waitForFinding(String id, String code) {
        wait.until(d -> d.findElement(By.id(id + "-findings")).getText().contains(code));
    }

    private void waitForNoFinding(String id) {
        wait.until(d -> d.findElement(By.id(id + "-findings")).getText().isBlank());
    }

    private String link(String suffix) {
        List<WebElement> links = browser.driver().findElements(By.cssSelector("a[href$='" + suffix + "']"));
        assertThat(links).as("a download link ending with " + suffix).isNotEmpty();
        return links.get(0).getAttribute("href");
    }

    /** Fetches a download with the browser's session, and reads its text back with PDFBox or POI. */
    private String download(String href) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("charteia_session");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        if (href.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(response.body())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(response.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            return text.getText();
        }
    }
}
