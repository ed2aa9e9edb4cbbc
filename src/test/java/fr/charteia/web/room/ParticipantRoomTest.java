package fr.charteia.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.QuestionnaireSource;
import fr.charteia.compose.TemplateSet;
import fr.charteia.room.Participant;
import fr.charteia.room.Positioning;
import fr.charteia.room.RoomQuestions;
import fr.charteia.room.Room;
import fr.charteia.room.RoomStore;
import fr.charteia.room.Showing;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.Stage;
import fr.charteia.room.Vote;
import fr.charteia.room.WorkshopSituation;
import fr.charteia.validation.Finding;
import fr.charteia.web.RoomOptions;
import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import fr.charteia.web.api.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The participants' side of the room, over HTTP: joining, the self-positioning, the situations, the
 * satisfaction, the end of the rules, privacy between browser sessions, a closed room, a restart.
 */
class ParticipantRoomTest {

    private static final String CODE = "participants-1";
    private static final String TRAINER = "formateur-1";
    private static final String TITLE = "Formation IAG — CH de Valmont — 12 mars 2027";

    private static final List<String> STATEMENTS = RoomQuestions.read(TemplateSet.shipped(), "fr").positioning()
            .statements().stream().map(Positioning.Statement::id).toList();

    @TempDir
    Path workspace;

    /** A room server on a free loopback port, and its browsers. */
    private final class RoomServer implements AutoCloseable {

        final WebServer server;
        final TestServer client;

        RoomServer(Optional<Path> baseline) throws IOException {
            server = WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, Optional.of(CODE),
                    Optional.of(new RoomOptions(TITLE, TRAINER, baseline, Optional.empty()))), TestServer.toolkit());
            client = TestServer.of(server);
        }

        @Override
        public void close() {
            server.close();
        }
    }

    private static TestServer.Browser loggedIn(TestServer server) {
        TestServer.Browser browser = server.browser();
        browser.get("/login");
        assertThat(browser.submit("/login", Map.of("code", CODE)).statusCode()).isEqualTo(303);
        return browser;
    }

    private static TestServer.Browser joined(TestServer server, String pseudonym, String department) {
        TestServer.Browser browser = loggedIn(server);
        HttpResponse<byte[]> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(303);
        assertThat(home.headers().firstValue("Location")).contains("/salle/rejoindre");
        assertThat(browser.get("/salle/rejoindre").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> join = browser.submit("/salle/rejoindre",
                Map.of("pseudonym", pseudonym, "department", department));
        assertThat(join.statusCode()).as(TestServer.text(join)).isEqualTo(303);
        assertThat(join.headers().firstValue("Location")).contains("/salle/positionnement/avant");
        return browser;
    }

    private Room room() throws IOException {
        return RoomStore.read(workspace).orElseThrow();
    }

    private Participant only() throws IOException {
        List<Participant> participants = room().participants();
        assertThat(participants).hasSize(1);
        return participants.get(0);
    }

    /** Changes the room as the trainer's pages would, through a store of its own (the server reads the file again). */
    private void trainer(UnaryOperator<Room> change) throws IOException {
        RoomStore.open(workspace, () -> {
            throw new IllegalStateException("the room exists");
        }).update(change);
    }

    private static Map<String, String> allStatements(String value) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String id : STATEMENTS) {
            answers.put("s-" + id, value);
        }
        return answers;
    }

    @Test
    void joiningShowsTheNoticeCreatesTheParticipantAndTheirDraftAndAsksThePositioning() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = loggedIn(room.client);
            String page = TestServer.text(browser.get("/salle/rejoindre"));
            assertThat(page).contains("Ce qui est gardé", "le formateur seul", "jamais avec votre nom",
                    "Rien ne quitte le réseau de la salle", "name=\"pseudonym\"", "name=\"department\"");
            browser.submit("/salle/rejoindre", Map.of("pseudonym", "Camille", "department", "Cardiologie"));
            Participant camille = only();
            assertThat(camille.id()).matches("[0-9a-f]{16}");
            assertThat(camille.pseudonym()).isEqualTo("Camille");
            assertThat(camille.department()).isEqualTo("Cardiologie");
            assertThat(camille.stage()).isEqualTo(Stage.POSITIONING_BEFORE);
            HttpResponse<byte[]> step = browser.get("/drafts/" + camille.draftId() + "/steps/2");
            assertThat(step.statusCode()).isEqualTo(200);
            assertThat(TestServer.text(step)).contains("Cardiologie");
            assertThat(only().questionnaireStep()).isEqualTo(2);
            // joining again from the same browser goes to its page, and makes nobody new
            assertThat(browser.get("/salle/rejoindre").headers().firstValue("Location")).contains("/salle");
            browser.submit("/salle/rejoindre", Map.of("pseudonym", "Autre", "department", "Autre"));
            assertThat(room().participants()).hasSize(1);
            assertThat(browser.get("/").headers().firstValue("Location")).contains("/salle");
        }
    }

    @Test
    void theRoomsPagesSayWhereTheyRunAndTheLoginNamesTheSession() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            String login = TestServer.text(room.client.browser().get("/login"));
            assertThat(login).contains("Saisissez le code des participants donné par le formateur")
                    .doesNotContain("charte-ia serve");
            // the poster's QR code opens the login page with the code: filled in when right, never echoed otherwise
            assertThat(TestServer.text(room.client.browser().get("/login?code=" + CODE))).contains("value=\"" + CODE + "\"");
            String madeUp = TestServer.text(room.client.browser().get("/login?code=%22%3E%3Cscript%3Ex"));
            assertThat(madeUp).contains("value=\"\"").doesNotContain("<script>x");
            TestServer.Browser browser = loggedIn(room.client);
            String page = TestServer.text(browser.get("/salle/rejoindre"));
            // a participant types on their own device: « sur cet ordinateur » would be untrue
            assertThat(page).contains("fonctionne sur l'ordinateur du formateur, dans le réseau de la salle")
                    .doesNotContain("fonctionne sur cet ordinateur");
        }
    }

    @Test
    void joinFieldsAreRequiredAndLimited() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = loggedIn(room.client);
            browser.get("/salle/rejoindre");
            HttpResponse<byte[]> empty = browser.submit("/salle/rejoindre", Map.of("pseudonym", " ", "department", "Pharmacie"));
            assertThat(empty.statusCode()).isEqualTo(422);
            assertThat(TestServer.text(empty)).contains("href=\"#pseudonym\"", "value=\"Pharmacie\"");
            HttpResponse<byte[]> tooLong = browser.submit("/salle/rejoindre",
                    Map.of("pseudonym", "a".repeat(41), "department", "b".repeat(81)));
            assertThat(tooLong.statusCode()).isEqualTo(422);
            assertThat(TestServer.text(tooLong)).contains("40 caractères au plus", "80 caractères au plus");
            assertThat(room().participants()).isEmpty();
            assertThat(browser.submit("/salle/rejoindre", Map.of("pseudonym", "a".repeat(40),
                    "department", "b".repeat(80))).statusCode()).isEqualTo(303);
            assertThat(room().participants()).hasSize(1);
        }
    }

    @Test
    void positioningIsStoredExactlyAndMissingAnswersAreRefusedWithNothingStored() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = joined(room.client, "Camille", "Cardiologie");
            String form = TestServer.text(browser.get("/salle/positionnement/avant"));
            assertThat(form).contains("<fieldset", "<legend>Je sais identifier les principaux risques de l'IA à l'hôpital.</legend>",
                    "name=\"s-risques\" value=\"4\"", "tout à fait");
            Map<String, String> partial = new LinkedHashMap<>(allStatements("2"));
            partial.remove("s-pratiques");
            HttpResponse<byte[]> refused = browser.submit("/salle/positionnement/avant", partial);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(TestServer.text(refused)).contains("href=\"#s-pratiques\"", "id=\"s-pratiques\"",
                    "id=\"s-risques-2\" name=\"s-risques\" value=\"2\" required checked");
            assertThat(only().before()).isEmpty();
            assertThat(only().stage()).isEqualTo(Stage.POSITIONING_BEFORE);

            Map<String, String> answers = new LinkedHashMap<>();
            Map<String, Integer> expected = new HashMap<>();
            int value = 1;
            for (var statement : statements(room)) {
                answers.put("s-" + statement, String.valueOf(value));
                expected.put(statement, value);
                value = value % 4 + 1;
            }
            assertThat(browser.submit("/salle/positionnement/avant", answers).statusCode()).isEqualTo(303);
            assertThat(only().before()).isEqualTo(expected);
            assertThat(only().stage()).isEqualTo(Stage.QUESTIONNAIRE);
            // out of scale is refused too
            answers.put("s-risques", "5");
            assertThat(browser.submit("/salle/positionnement/avant", answers).statusCode()).isEqualTo(422);
            assertThat(only().before()).isEqualTo(expected);
            // the positioning at the end waits for the rules
            assertThat(browser.get("/salle/positionnement/apres").statusCode()).isEqualTo(303);
        }
    }

    private static List<String> statements(RoomServer room) {
        return STATEMENTS;
    }

    @Test
    void theDoneButtonIsRefusedWhileTheDraftHasErrors() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = joined(room.client, "Camille", "Cardiologie");
            browser.submit("/salle/positionnement/avant", allStatements("1"));
            String page = TestServer.text(browser.get("/salle"));
            assertThat(page).contains(TITLE, "Remplir le questionnaire", "/drafts/" + only().draftId() + "/steps/1",
                    "J'ai terminé mes repères");
            HttpResponse<byte[]> refused = browser.submit("/salle/reperes-termines", Map.of());
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(TestServer.text(refused)).contains("erreur(s)", "/drafts/" + only().draftId() + "/review");
            assertThat(only().stage()).isEqualTo(Stage.QUESTIONNAIRE);
        }
    }

    @Test
    void aCompleteSessionEndsWithTheDocuments() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = joined(room.client, "Camille", "Urgences");
            browser.submit("/salle/positionnement/avant", allStatements("1"));
            Participant camille = only();
            // a complete department, as a participant would have written it
            Files.write(workspace.resolve("sessions").resolve(camille.owner()).resolve(camille.draftId() + ".yaml"),
                    sample("urgences-adultes"));
            assertThat(browser.submit("/salle/reperes-termines", Map.of()).headers().firstValue("Location"))
                    .contains("/salle/positionnement/apres");
            assertThat(only().stage()).isEqualTo(Stage.POSITIONING_AFTER);
            assertThat(browser.submit("/salle/positionnement/apres", allStatements("4")).statusCode()).isEqualTo(303);
            assertThat(only().after()).containsEntry("risques", 4);
            assertThat(only().stage()).isEqualTo(Stage.SATISFACTION);

            String form = TestServer.text(browser.get("/salle/satisfaction"));
            List<String> questions = java.util.regex.Pattern.compile("name=\"(q-[a-z0-9-]+)\" value=\"1\"").matcher(form)
                    .results().map(m -> m.group(1)).distinct().toList();
            assertThat(questions).isNotEmpty();
            Map<String, String> answers = new LinkedHashMap<>();
            questions.forEach(q -> answers.put(q, "3"));
            answers.put("comment", "c".repeat(2001));
            assertThat(browser.submit("/salle/satisfaction", answers).statusCode()).isEqualTo(422);
            assertThat(only().satisfaction().given()).isFalse();
            answers.put("comment", "Très utile.");
            assertThat(browser.submit("/salle/satisfaction", answers).statusCode()).isEqualTo(303);
            assertThat(only().stage()).isEqualTo(Stage.DONE);
            assertThat(only().satisfaction().comment()).isEqualTo("Très utile.");
            assertThat(only().satisfaction().answers()).hasSize(questions.size()).containsValue(3);

            String page = TestServer.text(browser.get("/salle"));
            String base = "/drafts/" + camille.draftId() + "/download/";
            assertThat(page).contains(base + "charter.pdf", base + "sheet.docx", base + "questionnaire.yaml");
            HttpResponse<byte[]> pdf = browser.get(base + "sheet.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("samples", name + ".yaml"));
    }

    @Test
    void aVoteIsStoredAndReplacedAndTheAnswerShownOnceRevealed() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = joined(room.client, "Camille", "Cardiologie");
            assertThat(TestServer.text(browser.get("/salle/situation"))).contains("Aucune situation n'est affichée");
            WorkshopSituation own = new WorkshopSituation("own-1", "Coller un compte rendu dans un chatbot public.",
                    SituationAnswer.FORBIDDEN, "Données de santé hors contrat.", "Anonymiser ou s'abstenir.", List.of());
            trainer(r -> r.withOwnSituations(List.of(own))
                    .withShowing(Optional.of(new Showing("own-1", 2, false, Instant.now()))));
            assertThat(TestServer.text(browser.get("/salle/etat.json"))).contains("\"showing\":\"own-1\"", "\"revealed\":false");
            String form = TestServer.text(browser.get("/salle/situation"));
            assertThat(form).contains("Coller un compte rendu dans un chatbot public.", "name=\"answer\" value=\"CONDITIONAL\"")
                    .doesNotContain("Données de santé hors contrat.");

            assertThat(browser.submit("/salle/situation", Map.of("situation", "own-1", "answer", "MAYBE")).statusCode())
                    .isEqualTo(422);
            assertThat(browser.submit("/salle/situation", Map.of("situation", "own-1", "answer", "AUTHORISED",
                    "reflex", "r".repeat(501))).statusCode()).isEqualTo(422);
            assertThat(room().votes()).isEmpty();
            assertThat(browser.submit("/salle/situation", Map.of("situation", "own-1", "answer", "AUTHORISED",
                    "reflex", "Relire")).statusCode()).isEqualTo(303);
            assertThat(browser.submit("/salle/situation", Map.of("situation", "own-1", "answer", "FORBIDDEN",
                    "reflex", "Ne pas le faire")).statusCode()).isEqualTo(303);
            List<Vote> votes = room().votes();
            assertThat(votes).hasSize(1);
            assertThat(votes.get(0).answer()).isEqualTo(SituationAnswer.FORBIDDEN);
            assertThat(votes.get(0).reflex()).isEqualTo("Ne pas le faire");
            assertThat(votes.get(0).participantId()).isEqualTo(only().id());

            trainer(r -> r.withShowing(Optional.of(new Showing("own-1", 2, true, Instant.now()))));
            String revealed = TestServer.text(browser.get("/salle/situation"));
            assertThat(revealed).contains("Réponse attendue : interdit", "Données de santé hors contrat.",
                    "Anonymiser ou s'abstenir.", "Votre réponse : interdit.").doesNotContain("name=\"answer\"")
                    // once the expected answer is shown, the answer can no longer change: the page must not say it can
                    .doesNotContain("Vous pouvez la changer");
            assertThat(browser.submit("/salle/situation", Map.of("situation", "own-1", "answer", "AUTHORISED"))
                    .statusCode()).isEqualTo(409);
            assertThat(room().votes().get(0).answer()).isEqualTo(SituationAnswer.FORBIDDEN);
            assertThat(revealed).doesNotContain(only().id());
        }
    }

    @Test
    void anotherBrowserNeverReachesTheFirstsDraftNorName() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser camille = joined(room.client, "Camille-Secrete", "Service-Secret");
            String draft = only().draftId();
            TestServer.Browser other = joined(room.client, "Dominique", "Pharmacie");
            assertThat(other.get("/drafts/" + draft + "/steps/1").statusCode()).isEqualTo(404);
            assertThat(other.get("/drafts/" + draft + "/review").statusCode()).isEqualTo(404);
            assertThat(other.get("/drafts/" + draft + "/download/questionnaire.yaml").statusCode()).isEqualTo(404);
            trainer(r -> r.withOwnSituations(List.of(new WorkshopSituation("own-1", "Situation", SituationAnswer.FORBIDDEN,
                    "r", "x", List.of()))).withShowing(Optional.of(new Showing("own-1", 4, false, Instant.now()))));
            camille.get("/salle/situation");
            camille.submit("/salle/situation", Map.of("situation", "own-1", "answer", "AUTHORISED"));
            for (String path : List.of("/", "/salle", "/salle/situation", "/salle/etat.json", "/salle/positionnement/avant",
                    "/salle/rejoindre")) {
                HttpResponse<byte[]> response = other.get(path);
                assertThat(TestServer.text(response)).as(path).doesNotContain("Camille-Secrete", "Service-Secret", draft)
                        .doesNotContain(room().participants().get(0).id());
            }
            assertThat(TestServer.text(camille.get("/salle"))).contains("Camille-Secrete")
                    .doesNotContain(room().participants().get(0).id()).doesNotContain("Dominique");
        }
    }

    @Test
    void formsWithoutTheTokenAreRefused() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = loggedIn(room.client);
            browser.get("/salle/rejoindre");
            HttpResponse<byte[]> forged = browser.postForm("/salle/rejoindre", Map.of("pseudonym", "A", "department", "B"));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(room().participants()).isEmpty();
            browser.submit("/salle/rejoindre", Map.of("pseudonym", "A", "department", "B"));
            assertThat(browser.postForm("/salle/positionnement/avant", allStatements("2")).statusCode()).isEqualTo(403);
            assertThat(only().before()).isEmpty();
        }
    }

    @Test
    void aClosedRoomSaysSoAndRefusesAnswersButKeepsTheDownloads() throws IOException {
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = joined(room.client, "Camille", "Cardiologie");
            String draft = only().draftId();
            TestServer.Browser late = loggedIn(room.client);
            late.get("/salle/rejoindre");
            trainer(r -> r.withClosed(Instant.now()));
            assertThat(TestServer.text(browser.get("/salle"))).contains("La session de formation est terminée");
            HttpResponse<byte[]> refused = browser.submit("/salle/positionnement/avant", allStatements("2"));
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(TestServer.text(refused)).contains("La session de formation est terminée", "Rien n'a été enregistré");
            assertThat(only().before()).isEmpty();
            assertThat(browser.submit("/drafts/" + draft + "/steps/2", Map.of("action", "save")).statusCode()).isEqualTo(409);
            assertThat(browser.get("/drafts/" + draft + "/download/questionnaire.yaml").statusCode()).isEqualTo(200);
            assertThat(TestServer.text(late.get("/salle/rejoindre"))).contains("La session de formation est terminée");
            assertThat(late.submit("/salle/rejoindre", Map.of("pseudonym", "Tard", "department", "X")).statusCode())
                    .isEqualTo(409);
            assertThat(room().participants()).hasSize(1);
        }
    }

    @Test
    void aRestartKeepsTheParticipantAndTheirSession() throws IOException {
        String cookie;
        try (RoomServer room = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = joined(room.client, "Camille", "Cardiologie");
            browser.submit("/salle/positionnement/avant", allStatements("3"));
            cookie = browser.cookie().orElseThrow();
        }
        try (RoomServer again = new RoomServer(Optional.empty())) {
            TestServer.Browser browser = again.client.browser();
            browser.useCookie(cookie);
            HttpResponse<byte[]> page = browser.get("/salle");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(TestServer.text(page)).contains("Camille", "Cardiologie");
            assertThat(browser.get("/drafts/" + only().draftId() + "/steps/1").statusCode()).isEqualTo(200);
            assertThat(only().before()).containsEntry("risques", 3);
        }
    }

    @Test
    void withABaselineTheDraftStartsFromItAndValidatesWithoutABaselineError() throws IOException {
        Path baseline = Path.of("samples", "chu-valmont", "etablissement.yaml");
        try (RoomServer room = new RoomServer(Optional.of(baseline))) {
            TestServer.Browser browser = joined(room.client, "Camille", "Cardiologie");
            Participant camille = only();
            byte[] yaml = Files.readAllBytes(workspace.resolve("sessions").resolve(camille.owner())
                    .resolve(camille.draftId() + ".yaml"));
            String text = new String(yaml, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).contains("baseline: etablissement.yaml").doesNotContain("organisation:")
                    .doesNotContain("\nincident:").doesNotContain("\ntraining:");
            var checked = TestServer.toolkit().validate(new QuestionnaireSource(camille.draftId() + ".yaml", yaml,
                    Optional.of(workspace.resolve(RoomStore.FOLDER))), Locale.FRENCH);
            List<String> codes = checked.report().findings().stream().filter(Finding::isError)
                    .flatMap(f -> f.codes().stream()).map(Object::toString).distinct().toList();
            assertThat(codes).containsOnly("G-PLACEHOLDER");
            assertThat(TestServer.text(browser.get("/drafts/" + camille.draftId() + "/review")))
                    .doesNotContain("B-BASELINE").doesNotContain("B-OVERRIDE");
        }
    }
}
