package fr.charteia.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.render.pdf.VeraPdf;
import fr.charteia.web.RoomOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * A training day in real browsers: three participants and the trainer, each in their own browser
 * (their own session), from joining the room to the trainer's archive, with axe-core run on every page
 * met. The pictures it takes are the README's.
 */
class TrainingRoomIT {

    private static final String TITLE = "Formation IAG — CH de Valmont — 12 mars 2027";
    private static final String CODE = "valmont-salle-b";
    private static final String TRAINER_CODE = "formateur-valmont";
    private static final String SITUATION = "dictee-nom-patient";

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ServerUnderTest server;
    private final List<Person> people = new ArrayList<>();

    /** Someone in the room, with their own browser and session. */
    private final class Person {

        final String name;
        final Browser browser;
        final WebDriverWait wait;

        Person(String name) {
            this.name = name;
            browser = Browser.start(1280, 900);
            // bounds every wait for a page after a click; a failure, not a pass, when reached
            wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        }

        void open(String path) {
            browser.open(server.at(path));
        }

        String path() {
            return browser.currentUri().getPath();
        }

        void axe() {
            Axe.assertNoSeriousViolations(browser);
        }

        /** Clicks a button that posts its form, and waits for the page the server answers with. */
        void submit(WebElement button) {
            browser.clickAndAwaitNextPage(button);
        }

        void submit(String cssSelector) {
            submit(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))));
        }

        void waitForPath(String path) {
            wait.until(d -> path().equals(path));
        }

        void type(String id, String text) {
            WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
            browser.script("arguments[0].scrollIntoView({block: 'center'});", field);
            field.clear();
            field.sendKeys(text);
        }

        void choose(String id) {
            WebElement radio = browser.find("#" + id);
            browser.script("arguments[0].scrollIntoView({block: 'center'});", radio);
            radio.click();
        }

        /**
         * Answers every scale of the page (self-positioning, satisfaction) around {@code value}: one
         * lower, as given, one higher, in turn, within 1 to 4, as a person's answers vary.
         */
        void answerScales(int value) {
            List<WebElement> scales = browser.driver().findElements(By.cssSelector("fieldset.room-scale"));
            assertThat(scales).as("the scales of " + path()).isNotEmpty();
            for (int i = 0; i < scales.size(); i++) {
                int answer = Math.max(1, Math.min(4, value + i % 3 - 1));
                WebElement radio = scales.get(i).findElement(By.cssSelector("input[type=radio][value='" + answer + "']"));
                browser.script("arguments[0].scrollIntoView({block: 'center'});", radio);
                radio.click();
            }
        }

        String main() {
            return browser.mainText();
        }

        HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
            Cookie session = browser.driver().manage().getCookieNamed("charteia_session");
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.at("/").resolve(href))
                    .header("Cookie", session.getName() + "=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** A participant: their pseudonym, their department and what they answer. */
    private record Seat(Person person, String pseudonym, String department, String answer, String reflex, int before,
            int after, String comment) {
    }

    @BeforeEach
    void start(@TempDir Path workspace) {
        server = ServerUnderTest.startRoom(workspace, CODE, new RoomOptions(TITLE, TRAINER_CODE,
                Optional.of(Path.of("samples", "chu-valmont", "etablissement.yaml")), Optional.empty()));
    }

    @AfterEach
    void stop() {
        try {
            for (Person person : people) {
                // the page each browser showed when the test ended: what a failure's message cannot show
                Screenshots.take(person.browser, "salle-fin-" + person.name);
                person.browser.close();
            }
        } finally {
            server.close();
        }
    }

    private Person person(String name) {
        Person person = new Person(name);
        people.add(person);
        return person;
    }

    @Test
    void aTrainingDayFromJoiningTheRoomToTheTrainersArchive() throws Exception {
        List<Seat> seats = List.of(
                new Seat(person("camille"), "Camille", "Cardiologie", "FORBIDDEN",
                        "Je dicte dans l'outil de dictée autorisé, jamais dans un outil grand public.", 1, 3,
                        "Les situations concrètes aident à retenir les réflexes."),
                new Seat(person("dominique"), "Dominique", "Pharmacie à usage intérieur", "CONDITIONAL",
                        "Je retire le nom du patient avant de dicter.", 2, 4,
                        "Un peu dense l'après-midi, mais repartir avec notre charte est précieux."),
                new Seat(person("sacha"), "Sacha", "Secrétariat des admissions", "FORBIDDEN",
                        "Je demande au référent IA quel outil est autorisé pour les courriers.", 2, 3,
                        ""));
        Person trainer = person("formateur");

        // morning: each participant joins, positions themselves, writes their department's rules
        boolean first = true;
        for (Seat seat : seats) {
            join(seat, first);
            fillTheirDepartment(seat, first);
            first = false;
        }

        // the trainer logs in with their own code and sees everyone
        trainer.open("/formateur/connexion");
        trainer.axe();
        trainer.type("code", TRAINER_CODE);
        trainer.submit("main form button[type=submit]");
        trainer.waitForPath("/formateur");
        assertThat(trainer.main()).contains("Camille", "Dominique", "Sacha", "Cardiologie");
        trainer.axe();

        // workshop 2: a situation on screen, three answers, the distribution, then the expected answer
        trainer.open("/formateur/situations");
        trainer.axe();
        new Select(trainer.browser.find("#workshop-" + SITUATION)).selectByValue("2");
        trainer.submit(trainer.browser.find("#workshop-" + SITUATION)
                .findElement(By.xpath("ancestor::form//button[@type='submit']")));
        trainer.wait.until(d -> !d.findElements(By.id("vote-total")).isEmpty());
        assertThat(trainer.browser.find("#vote-total").getText()).startsWith("0 réponse(s)");

        first = true;
        for (Seat seat : seats) {
            vote(seat, first);
            first = false;
        }

        trainer.open("/formateur/situations");
        assertThat(trainer.browser.find("#vote-total").getText()).startsWith("3 réponse(s)");
        assertThat(count(trainer, "FORBIDDEN")).startsWith("2 ");
        assertThat(count(trainer, "CONDITIONAL")).startsWith("1 ");
        assertThat(count(trainer, "AUTHORISED")).startsWith("0 ");
        trainer.axe();
        trainer.submit("form[action='/formateur/situations/reveler'] button");
        trainer.wait.until(d -> !d.findElements(By.cssSelector("#situation-live .revealed")).isEmpty());
        assertThat(trainer.browser.find("#situation-live .revealed").getText()).contains("interdit");
        trainer.axe();
        Screenshots.take(trainer.browser, "salle-situation");

        first = true;
        for (Seat seat : seats) {
            Person p = seat.person();
            p.open("/salle/situation");
            p.wait.until(d -> !d.findElements(By.cssSelector(".room-reveal")).isEmpty());
            assertThat(p.browser.find(".room-reveal").getText()).contains("interdit");
            if (first) {
                p.axe();
                Screenshots.take(p.browser, "salle-situation-participant");
            }
            first = false;
        }

        // each participant says their rules are done; the trainer validates two and sends one back
        for (Seat seat : seats) {
            Person p = seat.person();
            p.open("/salle");
            p.submit("form[action='/salle/reperes-termines'] button");
            p.waitForPath("/salle/positionnement/apres");
        }
        trainer.open("/formateur");
        assertThat(trainer.browser.driver().findElements(By.cssSelector(".dashboard-table tbody tr"))).hasSize(3);
        trainer.axe();
        review(trainer, "Camille", "validate", "Règles claires, merci : pensez à les afficher en salle de soins.", true);
        review(trainer, "Dominique", "validate", "Parfait pour la PUI.", false);
        review(trainer, "Sacha", "send_back", "Précisez qui relit les courriers traduits avant envoi.", false);

        Person sacha = seats.get(2).person();
        sacha.open("/salle");
        assertThat(sacha.browser.find(".room-review.sent-back").getText())
                .contains("Précisez qui relit les courriers traduits avant envoi.");
        sacha.axe();
        Person camille = seats.get(0).person();
        camille.open("/salle");
        assertThat(camille.browser.find(".room-review.validated").getText()).contains("Règles claires");

        // afternoon: positioning after, satisfaction, documents
        first = true;
        for (Seat seat : seats) {
            finish(seat, first);
            first = false;
        }

        trainer.open("/formateur");
        assertThat(trainer.main()).contains("repères validés : 2, renvoyés : 1");
        Screenshots.take(trainer.browser, "salle-formateur");

        // the trainer's poster, the closing's confirmation and the session's archive
        trainer.open("/formateur/affiche");
        assertThat(trainer.main()).contains(CODE);
        assertThat(trainer.browser.driver().findElements(By.cssSelector("main svg, main img"))).isNotEmpty();
        trainer.axe();
        Screenshots.take(trainer.browser, "salle-affiche");
        trainer.open("/formateur/fermer");
        trainer.axe();
        assertThat(trainer.browser.driver().findElements(By.cssSelector("form[action='/formateur/fermer']"))).hasSize(1);

        HttpResponse<byte[]> archive = trainer.fetch("/formateur/archive.zip");
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        checkArchive(unzip(archive.body()), seats);

        // a participant's session never opens the trainer's pages
        assertThat(camille.fetch("/formateur/archive.zip").statusCode()).isEqualTo(403);
    }

    private void join(Seat seat, boolean checkPages) {
        Person p = seat.person();
        // the room's address answers with the code's form, without a redirect
        p.open("/");
        p.type("code", CODE);
        p.submit("main form button[type=submit]");
        p.waitForPath("/salle/rejoindre");
        assertThat(p.main()).contains(TITLE);
        if (checkPages) {
            p.axe();
        }
        p.type("pseudonym", seat.pseudonym());
        p.type("department", seat.department());
        p.submit("main form button[type=submit]");
        p.waitForPath("/salle/positionnement/avant");
        if (checkPages) {
            p.axe();
        }
        p.answerScales(seat.before());
        p.submit("main form button[type=submit]");
        p.waitForPath("/salle");
        assertThat(p.main()).contains(seat.pseudonym(), seat.department());
        if (checkPages) {
            p.axe();
        }
    }

    /**
     * Writes the department's rules through the questionnaire's pages: from the review, each error's
     * link leads to its field, which gets a value of the department's own, until no error is left.
     */
    private void fillTheirDepartment(Seat seat, boolean checkPages) {
        Person p = seat.person();
        WebElement fill = p.browser.driver().findElement(By.linkText("Remplir le questionnaire"));
        String steps = fill.getAttribute("href");
        fill.click();
        p.wait.until(d -> d.getCurrentUrl().equals(steps));
        String draft = p.path().replaceAll("/steps/1$", "");
        if (checkPages) {
            p.axe();
        }
        for (int round = 0; ; round++) {
            p.open(draft + "/review");
            List<WebElement> errors = p.browser.driver().findElements(By.cssSelector(".error-summary a[href*='/steps/']"));
            if (errors.isEmpty()) {
                break;
            }
            assertThat(round).as("errors left on the review: " + p.browser.find(".error-summary").getText()).isLessThan(15);
            URI link = URI.create(errors.get(0).getAttribute("href"));
            p.browser.open(link);
            String field = link.getFragment();
            p.type(field, valueFor(field, seat));
            p.wait.until(d -> d.findElement(By.id(field + "-findings")).getText().isBlank());
            String step = p.path();
            if (checkPages) {
                p.axe();
            }
            p.browser.find("button[value='next']").click();
            p.wait.until(d -> !p.path().equals(step));
        }
        assertThat(p.main()).contains(seat.department()).doesNotContain("G-PLACEHOLDER");
        if (checkPages) {
            p.axe();
        }
    }

    /** What a participant types in a field the starter left to fill in. */
    private static String valueFor(String field, Seat seat) {
        String initials = seat.department().substring(0, 3).toUpperCase(java.util.Locale.ROOT);
        if (field.endsWith("reference")) {
            return "QUA-IA-" + initials + "-001";
        }
        if (field.endsWith("unit")) {
            return "Pôle " + seat.department();
        }
        if (field.startsWith("f-tools")) {
            return "Aide à la décision de " + seat.department() + " (dispositif médical marqué CE)";
        }
        if (field.equals("f-traceability")) {
            return "Mention « rédigé avec l'aide d'un outil d'IA, relu et validé par » en fin de document.";
        }
        if (field.endsWith("date")) {
            return "Premier trimestre 2027";
        }
        if (field.endsWith("email")) {
            return "contact-ia@ch-valmont.fr";
        }
        if (field.endsWith("name")) {
            return seat.pseudonym() + " Martin";
        }
        return "Précisé par le service de " + seat.department();
    }

    private void vote(Seat seat, boolean checkPages) {
        Person p = seat.person();
        p.open("/salle/situation");
        p.wait.until(d -> !d.findElements(By.id("answer")).isEmpty());
        if (checkPages) {
            p.axe();
        }
        p.choose("answer-" + seat.answer().toLowerCase(java.util.Locale.ROOT));
        p.type("reflex", seat.reflex());
        p.submit("form.room-vote button[type=submit]");
        p.waitForPath("/salle/situation");
        p.wait.until(d -> !d.findElements(By.cssSelector(".room-recorded")).isEmpty());
    }

    private static String count(Person trainer, String answer) {
        return trainer.browser.find("#situation-live tr[data-answer='" + answer + "'] .count").getText();
    }

    private void review(Person trainer, String pseudonym, String decision, String comment, boolean checkPage) {
        trainer.open("/formateur");
        WebElement link = trainer.browser.driver().findElement(By.linkText(pseudonym));
        String page = link.getAttribute("href");
        link.click();
        trainer.wait.until(d -> d.getCurrentUrl().equals(page));
        if (checkPage) {
            trainer.axe();
        }
        trainer.choose(decision.equals("validate") ? "decision-validate" : "decision-send-back");
        trainer.type("comment", comment);
        trainer.submit("form.review-form button[type=submit]");
        trainer.wait.until(d -> d.getCurrentUrl().equals(page));
        assertThat(trainer.browser.find(".participant-facts").getText()).contains(comment);
    }

    private void finish(Seat seat, boolean checkPages) throws IOException, InterruptedException {
        Person p = seat.person();
        p.open("/salle/positionnement/apres");
        if (checkPages) {
            p.axe();
        }
        p.answerScales(seat.after());
        p.submit("main form button[type=submit]");
        p.waitForPath("/salle");

        p.open("/salle/satisfaction");
        if (checkPages) {
            p.axe();
        }
        p.answerScales(seat.after());
        p.type("comment", seat.comment());
        p.submit("main form button[type=submit]");
        p.waitForPath("/salle");
        if (checkPages) {
            p.axe();
            Screenshots.take(p.browser, "salle-participant");
        }

        Map<String, String> types = new LinkedHashMap<>();
        for (WebElement link : p.browser.driver().findElements(By.cssSelector(".review-downloads a"))) {
            types.put(link.getAttribute("href"), null);
        }
        assertThat(types.keySet()).as(seat.pseudonym() + "'s downloads").hasSize(5)
                .anyMatch(h -> h.endsWith("/charter.pdf")).anyMatch(h -> h.endsWith("/charter.docx"))
                .anyMatch(h -> h.endsWith("/sheet.pdf")).anyMatch(h -> h.endsWith("/sheet.docx"))
                .anyMatch(h -> h.endsWith("/questionnaire.yaml"));
        for (String href : types.keySet()) {
            HttpResponse<byte[]> response = p.fetch(href);
            assertThat(response.statusCode()).as(href).isEqualTo(200);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (href.endsWith(".pdf")) {
                assertThat(type).as(href).startsWith(PDF);
                try (PDDocument pdf = Loader.loadPDF(response.body())) {
                    assertThat(new PDFTextStripper().getText(pdf)).as(href).contains(seat.department());
                }
            } else if (href.endsWith(".docx")) {
                assertThat(type).as(href).startsWith(DOCX);
            } else {
                assertThat(type).as(href).contains("yaml");
                assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("baseline: etablissement.yaml", seat.department());
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static void checkArchive(Map<String, byte[]> entries, List<Seat> seats) throws IOException {
        assertThat(entries).containsKeys("rapport-de-session.pdf", "rapport-de-session.xlsx");
        for (Seat seat : seats) {
            String prefix = seat.pseudonym().toLowerCase(java.util.Locale.ROOT) + "-";
            List<String> theirs = entries.keySet().stream()
                    .filter(name -> name.matches("\\d\\d-" + prefix + ".*/.*")).toList();
            assertThat(theirs).as(seat.pseudonym() + "'s documents in " + entries.keySet())
                    .anyMatch(name -> name.endsWith(".pdf") && name.contains("charte"))
                    .anyMatch(name -> name.endsWith(".docx") && name.contains("charte"))
                    .anyMatch(name -> name.endsWith(".pdf") && name.contains("fiche"))
                    .anyMatch(name -> name.endsWith(".docx") && name.contains("fiche"))
                    .anyMatch(name -> name.endsWith(".yaml"));
        }

        byte[] report = entries.get("rapport-de-session.pdf");
        Files.createDirectories(Screenshots.FOLDER);
        // kept for people to look at, as the README's picture of a report page
        Files.write(Screenshots.FOLDER.resolve("rapport-de-session.pdf"), report);
        try (PDDocument pdf = Loader.loadPDF(report)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Valmont");
        }
        assertThat(VeraPdf.failures(report, VeraPdf.PDF_A)).isEmpty();
        assertThat(VeraPdf.failures(report, VeraPdf.PDF_UA)).isEmpty();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(entries.get("rapport-de-session.xlsx")))) {
            List<XSSFChart> charts = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                XSSFDrawing drawing = sheet.getDrawingPatriarch();
                if (drawing != null) {
                    charts.addAll(drawing.getCharts());
                }
            }
            assertThat(charts).isNotEmpty();
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).isNotEmpty();
            assertThat(data.get(0).getSeriesCount()).isEqualTo(2);
        }
    }
}
