package fr.charteia.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.compose.TemplateSet;
import fr.charteia.room.Participant;
import fr.charteia.room.Positioning;
import fr.charteia.room.Room;
import fr.charteia.room.RoomQuestions;
import fr.charteia.room.RulesReview;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.Stage;
import fr.charteia.room.Vote;
import fr.charteia.room.WorkshopCatalogue;
import fr.charteia.room.WorkshopSituation;
import fr.charteia.web.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The room as the participants' and the trainer's pages make it together, over HTTP: the catalogue on both
 * sides, rules sent back and finished again, a participant's one draft, the trainer who is no participant,
 * a restart, privacy between participants and the size limits.
 */
class RoomAcrossPartsTest {

    private static final WorkshopCatalogue CATALOGUE = WorkshopCatalogue.read(TemplateSet.shipped(), "fr");
    private static final List<String> STATEMENTS = RoomQuestions.read(TemplateSet.shipped(), "fr").positioning()
            .statements().stream().map(Positioning.Statement::id).toList();
    private static final Pattern DRAFT_LINK = Pattern.compile("/drafts/([0-9a-zA-Z_-]+)/steps/1");

    @TempDir
    Path workspace;
    TrainerHttp room;

    @BeforeEach
    void open() throws IOException {
        room = new TrainerHttp(workspace);
    }

    @AfterEach
    void stop() {
        room.close();
    }

    /** A participant who joined through the pages and gave their positioning on joining. */
    private TrainerHttp.Browser joined(String pseudonym, String department) {
        TrainerHttp.Browser browser = room.participant();
        assertThat(browser.submit("/salle/rejoindre", Map.of("pseudonym", pseudonym, "department", department))
                .statusCode()).isEqualTo(303);
        browser.get("/salle/positionnement/avant");
        assertThat(browser.submit("/salle/positionnement/avant", statements("2")).statusCode()).isEqualTo(303);
        browser.get("/salle");
        return browser;
    }

    private static Map<String, String> statements(String value) {
        Map<String, String> answers = new LinkedHashMap<>();
        STATEMENTS.forEach(id -> answers.put("s-" + id, value));
        return answers;
    }

    private Participant named(String pseudonym) throws IOException {
        return room.store.room().participants().stream().filter(p -> p.pseudonym().equals(pseudonym)).findFirst()
                .orElseThrow();
    }

    /** Writes a whole department into the participant's draft, as if they had filled every step. */
    private void fill(Participant participant, String sample) throws IOException {
        Files.write(workspace.resolve("sessions").resolve(participant.owner()).resolve(participant.draftId() + ".yaml"),
                Files.readAllBytes(Path.of("samples", sample)));
    }

    @Test
    void aCatalogueSituationShownByTheTrainerReachesTheParticipantsWithItsReferencesOnceRevealed() throws IOException {
        WorkshopSituation dictation = CATALOGUE.situations().get(0);
        assertThat(dictation.references()).isNotEmpty();
        List<String> workshopOnly = List.of("reformulation-texte-public", "quiz-recommandation-publique");
        TrainerHttp.Browser trainer = room.trainer();
        trainer.get("/formateur/situations");
        trainer.submit("/formateur/situations/ajouter", Map.of("situation", "Ma situation à moi, du formateur.",
                "expected", "CONDITIONAL", "reason", "Parce que.", "reflex", "Je relis."));
        String situations = TrainerHttp.text(trainer.get("/formateur/situations"));
        assertThat(situations).contains(dictation.situation(), "Ma situation à moi, du formateur.");
        for (String id : workshopOnly) {
            assertThat(situations).contains(CATALOGUE.situation(id).orElseThrow().situation());
        }
        for (WorkshopSituation situation : CATALOGUE.situations()) {
            assertThat(situations).as(situation.id()).contains("value=\"" + situation.id() + "\"");
        }
        TrainerHttp.Browser camille = joined("Camille", "Pharmacie");

        assertThat(trainer.submit("/formateur/situations/montrer", Map.of("situation", dictation.id(), "workshop", "2"))
                .statusCode()).isEqualTo(303);

        assertThat(TrainerHttp.text(camille.get("/salle"))).contains(dictation.situation());
        String question = TrainerHttp.text(camille.get("/salle/situation"));
        assertThat(question).contains(dictation.situation(), "name=\"answer\" value=\"FORBIDDEN\"")
                .doesNotContain(dictation.reason());
        assertThat(camille.submit("/salle/situation", Map.of("situation", dictation.id(), "answer", "FORBIDDEN",
                "reflex", "Outil autorisé seulement")).statusCode()).isEqualTo(303);
        assertThat(TrainerHttp.text(trainer.get("/formateur/situations/resultats.json")))
                .contains("\"FORBIDDEN\":1", "\"total\":1");

        trainer.submit("/formateur/situations/reveler", Map.of());

        String revealed = TrainerHttp.text(camille.get("/salle/situation"));
        assertThat(revealed).contains("Réponse attendue : interdit", dictation.reason());
        for (String reference : dictation.references()) {
            assertThat(revealed).contains(CATALOGUE.reference(reference).orElseThrow());
        }
        assertThat(revealed).doesNotContain("name=\"answer\"");
    }

    @Test
    void rulesSentBackAreFixedAndFinishedAgainThenPendingForTheTrainer() throws IOException {
        TrainerHttp.Browser camille = joined("Camille", "Urgences");
        Participant joined = named("Camille");
        fill(joined, "urgences-adultes.yaml");
        camille.get("/salle");
        assertThat(camille.submit("/salle/reperes-termines", Map.of()).headers().firstValue("Location"))
                .contains("/salle/positionnement/apres");
        camille.get("/salle/positionnement/apres");
        assertThat(camille.submit("/salle/positionnement/apres", statements("4")).statusCode()).isEqualTo(303);
        assertThat(named("Camille").stage()).isEqualTo(Stage.SATISFACTION);
        TrainerHttp.Browser trainer = room.trainer();
        trainer.get("/formateur/participants/" + joined.id());

        assertThat(trainer.submit("/formateur/participants/" + joined.id() + "/reperes",
                Map.of("decision", "send_back", "comment", "Précisez les outils autorisés")).statusCode()).isEqualTo(303);

        String page = TrainerHttp.text(camille.get("/salle"));
        assertThat(page).contains("Précisez les outils autorisés", "J'ai terminé mes repères");
        // the positioning and the stage reached are kept: only the rules go back
        assertThat(named("Camille").stage()).isEqualTo(Stage.SATISFACTION);
        assertThat(named("Camille").after()).containsEntry(STATEMENTS.get(0), 4);
        // a draft the participant broke while fixing it is refused, and stays sent back
        fill(joined, "invalid/q-contra.yaml");
        assertThat(camille.submit("/salle/reperes-termines", Map.of()).statusCode()).isEqualTo(409);
        assertThat(named("Camille").review().status()).isEqualTo(RulesReview.Status.SENT_BACK);

        fill(joined, "urgences-adultes.yaml");
        camille.get("/salle");
        HttpResponse<String> again = camille.submit("/salle/reperes-termines", Map.of());

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).contains("/salle");
        Participant after = named("Camille");
        assertThat(after.review()).isEqualTo(RulesReview.PENDING);
        assertThat(after.stage()).isEqualTo(Stage.SATISFACTION);
        assertThat(TrainerHttp.text(camille.get("/salle"))).doesNotContain("Précisez les outils autorisés")
                .doesNotContain("J'ai terminé mes repères");
        String dashboard = TrainerHttp.text(trainer.get("/formateur"));
        assertThat(dashboard).contains("renvoyés : 0, à examiner : 1");
        int row = dashboard.indexOf("<tr id=\"p-" + joined.id() + "\">");
        assertThat(dashboard.substring(row, dashboard.indexOf("</tr>", row))).contains("À examiner");
        // validated rules are not finished again
        trainer.get("/formateur/participants/" + joined.id());
        trainer.submit("/formateur/participants/" + joined.id() + "/reperes", Map.of("decision", "validate", "comment", ""));
        camille.get("/salle");
        camille.submit("/salle/reperes-termines", Map.of());
        assertThat(named("Camille").review().status()).isEqualTo(RulesReview.Status.VALIDATED);
    }

    @Test
    void rulesSentBackBeforeTheParticipantFinishedAreFinishedOnce() throws IOException {
        TrainerHttp.Browser camille = joined("Camille", "Urgences");
        Participant joined = named("Camille");
        TrainerHttp.Browser trainer = room.trainer();
        trainer.get("/formateur/participants/" + joined.id());
        trainer.submit("/formateur/participants/" + joined.id() + "/reperes",
                Map.of("decision", "send_back", "comment", "Complétez les usages"));
        fill(joined, "urgences-adultes.yaml");
        camille.get("/salle");

        HttpResponse<String> finished = camille.submit("/salle/reperes-termines", Map.of());

        assertThat(finished.headers().firstValue("Location")).contains("/salle/positionnement/apres");
        assertThat(named("Camille").stage()).isEqualTo(Stage.POSITIONING_AFTER);
        assertThat(named("Camille").review()).isEqualTo(RulesReview.PENDING);
    }

    @Test
    void aParticipantKeepsTheirOneDraftNoNewImportedNorDeletedDraft() throws IOException {
        TrainerHttp.Browser camille = joined("Camille", "Pharmacie");
        Participant joined = named("Camille");
        Path folder = workspace.resolve("sessions").resolve(joined.owner());
        String kept = "Pendant la session de formation, votre questionnaire est celui de votre service";

        for (HttpResponse<String> refused : List.of(camille.submit("/drafts", Map.of()),
                camille.submit("/drafts/import", Map.of("file", "version: charte-ia/1")),
                camille.get("/drafts/" + joined.draftId() + "/delete"),
                camille.submit("/drafts/" + joined.draftId() + "/delete", Map.of()))) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(403);
            assertThat(TrainerHttp.text(refused)).as(refused.uri().toString()).contains(kept);
        }

        try (var drafts = Files.list(folder)) {
            assertThat(drafts.map(f -> f.getFileName().toString())).containsExactly(joined.draftId() + ".yaml");
        }
        assertThat(camille.get("/drafts/" + joined.draftId() + "/steps/1").statusCode()).isEqualTo(200);
    }

    @Test
    void theTrainersSessionIsNoParticipantsEverythingOfTheRoomPagesLeadsToTheDashboard() throws IOException {
        TrainerHttp.Browser trainer = room.trainer();

        for (String path : List.of("/", "/salle", "/salle/rejoindre", "/salle/positionnement/avant", "/salle/situation",
                "/salle/satisfaction", "/salle/etat.json")) {
            HttpResponse<String> page = trainer.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).as(path).contains("/formateur");
        }
        trainer.get("/formateur");
        for (String path : List.of("/salle/rejoindre", "/salle/positionnement/avant", "/salle/reperes-termines",
                "/salle/situation", "/salle/satisfaction")) {
            HttpResponse<String> post = trainer.submit(path, Map.of("pseudonym", "Formateur", "department", "Formation",
                    "answer", "FORBIDDEN", "situation", "x"));
            assertThat(post.statusCode()).as(path).isEqualTo(303);
            assertThat(post.headers().firstValue("Location")).as(path).contains("/formateur");
        }
        assertThat(room.store.room().participants()).isEmpty();
        assertThat(workspace.resolve("sessions")).satisfiesAnyOf(s -> assertThat(s).doesNotExist(),
                s -> assertThat(s).isEmptyDirectory());
    }

    @Test
    void aRestartKeepsTheRoomWholeCookiesAnswersVotesAndReview() throws IOException {
        TrainerHttp.Browser camille = joined("Camille", "Pharmacie");
        TrainerHttp.Browser dominique = joined("Dominique", "Urgences");
        TrainerHttp.Browser trainer = room.trainer();
        WorkshopSituation situation = CATALOGUE.situations().get(1);
        trainer.get("/formateur/situations");
        trainer.submit("/formateur/situations/montrer", Map.of("situation", situation.id(), "workshop", "4"));
        camille.get("/salle/situation");
        camille.submit("/salle/situation", Map.of("situation", situation.id(), "answer", "FORBIDDEN", "reflex", "Jamais"));
        dominique.get("/salle/situation");
        dominique.submit("/salle/situation", Map.of("situation", situation.id(), "answer", "CONDITIONAL"));
        Participant first = named("Camille");
        trainer.get("/formateur/participants/" + first.id());
        trainer.submit("/formateur/participants/" + first.id() + "/reperes",
                Map.of("decision", "validate", "comment", "Bien vu"));
        Room before = room.store.room();
        String camilleCookie = camille.cookie().orElseThrow();
        String dominiqueCookie = dominique.cookie().orElseThrow();
        String trainerCookie = trainer.cookie().orElseThrow();
        room.close();

        // as serve does with a kept room: the codes drawn for this start are not the room's
        room = new TrainerHttp(workspace, "autre-code-1", "autre-formateur-2");

        Room after = room.store.room();
        assertThat(after).isEqualTo(before);
        assertThat(after.votes()).extracting(Vote::answer).containsExactlyInAnyOrder(SituationAnswer.FORBIDDEN,
                SituationAnswer.CONDITIONAL);
        TrainerHttp.Browser camilleAgain = room.browser();
        camilleAgain.useCookie(camilleCookie);
        String camillePage = TrainerHttp.text(camilleAgain.get("/salle"));
        assertThat(camillePage).contains("Camille", "Pharmacie", "Bien vu", situation.situation());
        assertThat(TrainerHttp.text(camilleAgain.get("/salle/situation"))).contains("value=\"FORBIDDEN\" required checked", "Jamais");
        assertThat(TrainerHttp.text(camilleAgain.get("/salle/positionnement/avant")))
                .contains("name=\"s-" + STATEMENTS.get(0) + "\" value=\"2\" required checked");
        assertThat(camilleAgain.get("/drafts/" + first.draftId() + "/steps/1").statusCode()).isEqualTo(200);
        TrainerHttp.Browser dominiqueAgain = room.browser();
        dominiqueAgain.useCookie(dominiqueCookie);
        assertThat(TrainerHttp.text(dominiqueAgain.get("/salle/situation"))).contains("value=\"CONDITIONAL\" required checked");
        TrainerHttp.Browser trainerAgain = room.browser();
        trainerAgain.useCookie(trainerCookie);
        HttpResponse<String> dashboard = trainerAgain.get("/formateur");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(TrainerHttp.text(dashboard)).contains("Camille", "Dominique", "repères validés : 1");
        assertThat(TrainerHttp.text(trainerAgain.get("/formateur/situations/resultats.json")))
                .contains("\"total\":2", "\"FORBIDDEN\":1", "\"CONDITIONAL\":1");
        // the room kept its codes, not the new start's
        TrainerHttp.Browser stranger = room.browser();
        stranger.get("/login");
        HttpResponse<String> newCode = stranger.submit("/login", Map.of("code", "autre-code-1"));
        assertThat(newCode.statusCode()).isNotEqualTo(303);
        assertThat(room.participant()).isNotNull();
    }

    @Test
    void aParticipantReachesNeitherAnotherOnesDraftNorTheTrainersPagesNorAnythingByGuessing() throws IOException {
        TrainerHttp.Browser camille = joined("Camille", "Pharmacie");
        TrainerHttp.Browser dominique = joined("Dominique", "Urgences");
        Participant other = named("Dominique");
        fill(other, "urgences-adultes.yaml");
        Matcher own = DRAFT_LINK.matcher(camille.get("/salle").body());
        assertThat(own.find()).isTrue();
        assertThat(own.group(1)).isEqualTo(named("Camille").draftId()).isNotEqualTo(other.draftId());

        for (String path : List.of("/drafts/" + other.draftId(), "/drafts/" + other.draftId() + "/steps/1",
                "/drafts/" + other.draftId() + "/steps/5", "/drafts/" + other.draftId() + "/review",
                "/drafts/" + other.draftId() + "/preview/sheet",
                "/drafts/" + other.draftId() + "/download/questionnaire.yaml",
                "/drafts/" + other.draftId() + "/download/charter.pdf",
                "/drafts/" + other.draftId() + "/download/sheet.docx")) {
            HttpResponse<String> response = camille.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Urgences");
        }
        HttpResponse<String> save = camille.submit("/drafts/" + other.draftId() + "/steps/2", Map.of("action", "save"));
        assertThat(save.statusCode()).isEqualTo(404);
        assertThat(Files.readAllBytes(workspace.resolve("sessions").resolve(other.owner())
                .resolve(other.draftId() + ".yaml"))).isEqualTo(Files.readAllBytes(Path.of("samples/urgences-adultes.yaml")));
        for (String path : List.of("/formateur/participants/" + other.id(), "/formateur/participants/"
                + named("Camille").id(), "/formateur")) {
            assertThat(camille.get(path).statusCode()).as(path).isEqualTo(403);
        }
        java.util.Random random = new java.util.Random(12);
        for (int i = 0; i < 20; i++) {
            String guess = String.format("%016x", random.nextLong()) + String.format("%016x", random.nextLong());
            for (String candidate : List.of(guess, guess.substring(0, 16), guess.substring(0, 22))) {
                assertThat(camille.get("/drafts/" + candidate + "/steps/1").statusCode()).as(candidate).isEqualTo(404);
                assertThat(camille.get("/drafts/" + candidate + "/review").statusCode()).as(candidate).isEqualTo(404);
            }
        }
        assertThat(dominique.get("/drafts/" + other.draftId() + "/steps/1").statusCode()).isEqualTo(200);
    }

    @Test
    void overLongFieldsAreRefusedWithNothingStoredAndAnOverSizedBodyIsA413() throws Exception {
        TrainerHttp.Browser late = room.participant();
        HttpResponse<String> join = late.submit("/salle/rejoindre", Map.of("pseudonym", "p".repeat(JoinPage.PSEUDONYM_MAX + 1),
                "department", "Pharmacie"));
        assertThat(join.statusCode()).isEqualTo(422);
        assertThat(late.submit("/salle/rejoindre", Map.of("pseudonym", "Sam", "department",
                "d".repeat(JoinPage.DEPARTMENT_MAX + 1))).statusCode()).isEqualTo(422);
        assertThat(room.store.room().participants()).isEmpty();

        TrainerHttp.Browser camille = joined("Camille", "Urgences");
        Room joined = room.store.room();
        TrainerHttp.Browser trainer = room.trainer();
        WorkshopSituation situation = CATALOGUE.situations().get(0);
        trainer.get("/formateur/situations");
        trainer.submit("/formateur/situations/montrer", Map.of("situation", situation.id(), "workshop", "6"));
        camille.get("/salle/situation");
        HttpResponse<String> reflex = camille.submit("/salle/situation", Map.of("situation", situation.id(),
                "answer", "FORBIDDEN", "reflex", "r".repeat(VotePage.REFLEX_MAX + 1)));
        assertThat(reflex.statusCode()).isEqualTo(422);
        assertThat(room.store.room().votes()).isEmpty();
        trainer.get("/formateur/participants/" + named("Camille").id());
        assertThat(trainer.submit("/formateur/participants/" + named("Camille").id() + "/reperes", Map.of("decision",
                "send_back", "comment", "c".repeat(TrainerRoutes.MAX_COMMENT + 1))).statusCode()).isEqualTo(400);
        assertThat(named("Camille").review()).isEqualTo(RulesReview.PENDING);
        trainer.get("/formateur/situations");
        assertThat(trainer.submit("/formateur/situations/ajouter", Map.of("situation", "s".repeat(
                SituationControlRoutes.MAX_TEXT + 1), "expected", "FORBIDDEN", "reason", "R")).statusCode()).isEqualTo(400);
        assertThat(room.store.room().ownSituations()).isEmpty();
        // the satisfaction's comment, once the participant reached it
        fill(named("Camille"), "urgences-adultes.yaml");
        camille.get("/salle");
        camille.submit("/salle/reperes-termines", Map.of());
        camille.get("/salle/positionnement/apres");
        camille.submit("/salle/positionnement/apres", statements("3"));
        String form = camille.get("/salle/satisfaction").body();
        Map<String, String> answers = new LinkedHashMap<>();
        Pattern.compile("name=\"(q-[a-z0-9-]+)\" value=\"1\"").matcher(form).results()
                .forEach(m -> answers.put(m.group(1), "3"));
        answers.put("comment", "c".repeat(2001));
        assertThat(camille.submit("/salle/satisfaction", answers).statusCode()).isEqualTo(422);
        assertThat(named("Camille").satisfaction().given()).isFalse();
        assertThat(named("Camille").stage()).isEqualTo(Stage.SATISFACTION);
        assertThat(room.store.room().participants()).hasSize(joined.participants().size());

        HttpResponse<String> huge = post(camille, "/salle/rejoindre", (int) WebServer.MAX_BODY_BYTES + 128 * 1024);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(room.store.room().participants()).hasSize(1);
    }

    /** A form body of {@code size} bytes, sent whole with its declared length. */
    private HttpResponse<String> post(TrainerHttp.Browser browser, String path, int size) throws Exception {
        String prefix = "csrf=" + browser.csrf() + "&pseudonym=Sam&department=";
        String body = prefix + "x".repeat(size - prefix.length());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + room.server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "charteia_session=" + browser.cookie().orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // the server may answer and close before reading the whole body: the answer is what counts
            throw new AssertionError("the server closed the connection without an answer", e);
        }
    }
}
