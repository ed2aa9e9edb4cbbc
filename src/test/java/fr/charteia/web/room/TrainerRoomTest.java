package fr.charteia.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import fr.charteia.room.Participant;
import fr.charteia.room.RulesReview;
import fr.charteia.room.Showing;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.Vote;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's side of the room over HTTP: their code only, the dashboard, the review, the situations, the poster. */
class TrainerRoomTest {

    private static final List<String> TRAINER_PAGES = List.of("/formateur", "/formateur/participants/0123456789abcdef",
            "/formateur/situations", "/formateur/situations/resultats.json", "/formateur/affiche", "/formateur/rapport.pdf",
            "/formateur/rapport.xlsx", "/formateur/archive.zip", "/formateur/fermer");
    private static final List<String> TRAINER_FORMS = List.of("/formateur/participants/0123456789abcdef/reperes",
            "/formateur/situations/montrer", "/formateur/situations/reveler", "/formateur/situations/masquer",
            "/formateur/situations/ajouter", "/formateur/fermer");
    private static final String REFUSED = "Cette page est réservée au formateur : votre session a été ouverte avec le code "
            + "des participants.";

    @TempDir
    Path workspace;
    TrainerHttp room;

    @BeforeEach
    void open() throws Exception {
        room = new TrainerHttp(workspace);
    }

    @AfterEach
    void stop() {
        room.close();
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("samples").resolve(name));
    }

    @Test
    void theParticipantsCodeOpensNoTrainerPageAndAParticipantsSessionIsRefusedEverywhere() {
        TrainerHttp.Browser participant = room.participant();

        HttpResponse<String> login = participant.submit("/formateur/connexion", Map.of("code", TrainerHttp.PARTICIPANT_CODE));
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(TrainerHttp.text(login)).contains("Ce code n'est pas celui du formateur");
        for (String path : TRAINER_PAGES) {
            HttpResponse<String> page = participant.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(TrainerHttp.text(page)).as(path).contains(REFUSED);
        }
        for (String path : TRAINER_FORMS) {
            HttpResponse<String> post = participant.submit(path, Map.of("decision", "validate", "situation", "own-1",
                    "workshop", "2", "confirm", "yes"));
            assertThat(post.statusCode()).as(path).isEqualTo(403);
            assertThat(TrainerHttp.text(post)).as(path).contains(REFUSED);
        }
        assertThat(Files.exists(workspace.resolve("salle/export"))).isFalse();
    }

    @Test
    void aSessionWithoutCodeIsSentToTheTrainersLoginWhichOpensWithTheTrainersCodeOnly() {
        TrainerHttp.Browser browser = room.browser();
        for (String path : TRAINER_PAGES) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).as(path).contains("/formateur/connexion");
        }
        HttpResponse<String> form = browser.get("/formateur/connexion");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(TrainerHttp.text(form)).contains("Code du formateur", "action=\"/formateur/connexion\"");
        assertThat(browser.submit("/formateur/connexion", Map.of("code", "formateur-43")).statusCode()).isEqualTo(401);
        assertThat(browser.submit("/formateur/fermer", Map.of("confirm", "yes")).statusCode()).isEqualTo(403);

        HttpResponse<String> right = browser.submit("/formateur/connexion", Map.of("code", TrainerHttp.TRAINER_CODE));

        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).contains("/formateur");
        HttpResponse<String> dashboard = browser.get("/formateur");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(TrainerHttp.text(dashboard)).contains("Tableau de bord de la salle", "Formation IAG — test");
        // the trainer is no participant: their home is the dashboard
        assertThat(browser.get("/").headers().firstValue("Location")).contains("/formateur");
    }

    @Test
    void theDashboardListsEachParticipantWithTheVerdictOfTheirDraft() throws Exception {
        room.join("0123456789abcdef", "Camille", "Pharmacie", sample("pharmacie-pui.yaml"));
        room.join("fedcba9876543210", "Dominique <b>", "Urgences", sample("invalid/q-contra.yaml"));
        TrainerHttp.Browser trainer = room.trainer();

        HttpResponse<String> dashboard = trainer.get("/formateur");

        String page = TrainerHttp.text(dashboard);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Dominique &lt;b&gt;").doesNotContain("Dominique <b>");
        assertThat(page).contains("Participants : 2 — repères validés : 0, renvoyés : 0, à examiner : 2");
        assertThat(row(page, "0123456789abcdef")).contains("Camille", "Pharmacie", "Questionnaire, étape 4/10",
                "0 erreur(s)", "À examiner", "/formateur/participants/0123456789abcdef");
        assertThat(row(page, "fedcba9876543210")).contains("Urgences", "verdict-cell error")
                .containsPattern("[1-9]\\d* erreur\\(s\\)");
    }

    private static String row(String page, String id) {
        int start = page.indexOf("<tr id=\"p-" + id + "\">");
        assertThat(start).as("row of " + id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void theTrainerValidatesWithACommentOrSendsBackWithTheCommentRequired() throws Exception {
        room.join("0123456789abcdef", "Camille", "Pharmacie", sample("pharmacie-pui.yaml"));
        TrainerHttp.Browser trainer = room.trainer();
        HttpResponse<String> page = trainer.get("/formateur/participants/0123456789abcdef");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(TrainerHttp.text(page)).contains("Repères de Camille", "Outils", "Usages interdits",
                "name=\"decision\" value=\"send_back\"", "Le questionnaire tel qu'enregistré");

        HttpResponse<String> noComment = trainer.submit("/formateur/participants/0123456789abcdef/reperes",
                Map.of("decision", "send_back", "comment", "  "));
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(TrainerHttp.text(noComment)).contains("Pour renvoyer les repères, écrivez un commentaire");
        assertThat(trainer.submit("/formateur/participants/0123456789abcdef/reperes",
                Map.of("decision", "send_back", "comment", "x".repeat(2001))).statusCode()).isEqualTo(400);
        assertThat(trainer.submit("/formateur/participants/0123456789abcdef/reperes",
                Map.of("decision", "publish", "comment", "")).statusCode()).isEqualTo(400);
        assertThat(review()).isEqualTo(RulesReview.PENDING);

        HttpResponse<String> sentBack = trainer.submit("/formateur/participants/0123456789abcdef/reperes",
                Map.of("decision", "send_back", "comment", "Précisez les données de santé"));
        assertThat(sentBack.statusCode()).isEqualTo(303);
        assertThat(review().status()).isEqualTo(RulesReview.Status.SENT_BACK);
        assertThat(review().comment()).isEqualTo("Précisez les données de santé");
        assertThat(review().at()).isPresent();

        trainer.get("/formateur/participants/0123456789abcdef");
        assertThat(trainer.submit("/formateur/participants/0123456789abcdef/reperes",
                Map.of("decision", "validate", "comment", "Repères clairs")).statusCode()).isEqualTo(303);
        assertThat(review().status()).isEqualTo(RulesReview.Status.VALIDATED);
        assertThat(review().comment()).isEqualTo("Repères clairs");
        assertThat(TrainerHttp.text(trainer.get("/formateur"))).contains("repères validés : 1", "Repères validés");
    }

    private RulesReview review() throws Exception {
        return room.store.room().participant("0123456789abcdef").orElseThrow().review();
    }

    @Test
    void aParticipantIdThatIsNotInTheRoomIsA404() throws Exception {
        room.join("0123456789abcdef", "Camille", "Pharmacie", sample("pharmacie-pui.yaml"));
        TrainerHttp.Browser trainer = room.trainer();

        for (String pid : List.of("0123456789abcdee", "0123456789ABCDEF", "..%2F..%2Fsalle", "0123456789abcdef0", "x")) {
            assertThat(trainer.get("/formateur/participants/" + pid).statusCode()).as(pid).isEqualTo(404);
        }
        HttpResponse<String> post = trainer.submit("/formateur/participants/0123456789abcdee/reperes",
                Map.of("decision", "validate", "comment", ""));
        assertThat(post.statusCode()).as(post.body()).isEqualTo(404);
        assertThat(room.store.room().participants()).extracting(Participant::review).containsOnly(RulesReview.PENDING);
    }

    @Test
    void theTrainerAddsShowsAndRevealsASituationAndSeesTheVotesCounted() throws Exception {
        TrainerHttp.Browser trainer = room.trainer();
        trainer.get("/formateur/situations");
        HttpResponse<String> added = trainer.submit("/formateur/situations/ajouter", Map.of("situation",
                "Un agent colle un compte rendu patient dans un chatbot public.", "expected", "FORBIDDEN",
                "reason", "Les données de santé ne sortent pas vers un outil non hébergé HDS.", "reflex", "Anonymiser d'abord"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(room.store.room().ownSituations()).extracting(s -> s.id()).containsExactly("own-1");
        trainer.get("/formateur/situations");
        assertThat(trainer.submit("/formateur/situations/ajouter", Map.of("situation", "Sans réponse", "reason", "r"))
                .statusCode()).isEqualTo(400);
        assertThat(trainer.submit("/formateur/situations/montrer", Map.of("situation", "own-1", "workshop", "3"))
                .statusCode()).isEqualTo(400);
        assertThat(trainer.submit("/formateur/situations/montrer", Map.of("situation", "own-9", "workshop", "2"))
                .statusCode()).isEqualTo(400);

        assertThat(trainer.submit("/formateur/situations/montrer", Map.of("situation", "own-1", "workshop", "4"))
                .statusCode()).isEqualTo(303);
        assertThat(room.store.room().showing()).map(Showing::situationId).contains("own-1");
        assertThat(room.store.room().showing()).map(Showing::workshop).contains(4);
        room.join("0123456789abcdef", "Camille", "Pharmacie", sample("pharmacie-pui.yaml"));
        room.join("1123456789abcdef", "Alex", "Urgences", sample("pharmacie-pui.yaml"));
        room.join("2123456789abcdef", "Sam", "Imagerie", sample("pharmacie-pui.yaml"));
        vote("0123456789abcdef", SituationAnswer.FORBIDDEN, "Je n'y colle rien");
        vote("1123456789abcdef", SituationAnswer.FORBIDDEN, "");
        vote("2123456789abcdef", SituationAnswer.CONDITIONAL, "");

        JsonNode results = new ObjectMapper().readTree(trainer.get("/formateur/situations/resultats.json").body());

        assertThat(results.path("showing").asText()).isEqualTo("own-1");
        assertThat(results.path("revealed").asBoolean()).isFalse();
        assertThat(results.path("total").asInt()).isEqualTo(3);
        assertThat(results.path("counts").path("FORBIDDEN").asInt()).isEqualTo(2);
        assertThat(results.path("counts").path("CONDITIONAL").asInt()).isEqualTo(1);
        assertThat(results.path("counts").path("AUTHORISED").asInt()).isZero();
        String before = TrainerHttp.text(trainer.get("/formateur/situations"));
        assertThat(before).contains("3 réponse(s) sur 3 participant(s)", "2 (67 %)", "bar bar-65", "Je n'y colle rien")
                .doesNotContain("Réponse attendue : interdit");

        assertThat(trainer.submit("/formateur/situations/reveler", Map.of()).statusCode()).isEqualTo(303);

        assertThat(new ObjectMapper().readTree(trainer.get("/formateur/situations/resultats.json").body())
                .path("revealed").asBoolean()).isTrue();
        assertThat(TrainerHttp.text(trainer.get("/formateur/situations"))).contains("Réponse attendue : interdit",
                "Les données de santé ne sortent pas vers un outil non hébergé HDS.", "Anonymiser d'abord");
        assertThat(trainer.submit("/formateur/situations/masquer", Map.of()).statusCode()).isEqualTo(303);
        assertThat(room.store.room().showing()).isEmpty();
    }

    private void vote(String participant, SituationAnswer answer, String reflex) throws Exception {
        room.store.update(r -> r.withVote(new Vote("own-1", participant, answer, reflex, Instant.now())));
    }

    @Test
    void thePostersQrCodeDecodesToTheParticipantsLoginAddressWithTheirCode() throws Exception {
        TrainerHttp.Browser trainer = room.trainer();

        HttpResponse<String> poster = trainer.get("/formateur/affiche");

        String page = TrainerHttp.text(poster);
        String address = "http://127.0.0.1:" + room.server.port() + "/login";
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(page).contains("Formation IAG — test", address, TrainerHttp.PARTICIPANT_CODE, "<svg", "role=\"img\"")
                .doesNotContain("style=", "<script>", TrainerHttp.TRAINER_CODE);
        assertThat(poster.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'self'"));
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"").matcher(page);
        Matcher path = Pattern.compile("class=\"qr-dark\" d=\"([^\"]+)\"").matcher(page);
        assertThat(box.find()).isTrue();
        assertThat(path.find()).isTrue();

        BitMatrix modules = modules(path.group(1), Integer.parseInt(box.group(1)) - 2 * PosterQrCode.QUIET_ZONE);

        // scanned, it opens the login page with the participants' code filled in
        assertThat(new Decoder().decode(modules).getText()).isEqualTo(address + "?code=" + TrainerHttp.PARTICIPANT_CODE);
    }

    /** The modules an SVG path of {@link PosterQrCode#svgPath} draws, read back from its runs. */
    static BitMatrix modules(String path, int size) {
        BitMatrix modules = new BitMatrix(size);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(path);
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).isEqualTo(end);
            end = run.end();
            int x = Integer.parseInt(run.group(1)) - PosterQrCode.QUIET_ZONE;
            int y = Integer.parseInt(run.group(2)) - PosterQrCode.QUIET_ZONE;
            modules.setRegion(x, y, Integer.parseInt(run.group(3)), 1);
        }
        assertThat(end).isEqualTo(path.length());
        return modules;
    }

    @Test
    void closingAsksForConfirmationFirst() throws Exception {
        room.join("0123456789abcdef", "Camille", "Pharmacie", sample("pharmacie-pui.yaml"));
        TrainerHttp.Browser trainer = room.trainer();
        trainer.get("/formateur/fermer");

        HttpResponse<String> first = trainer.submit("/formateur/fermer", Map.of("keep", "yes"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(TrainerHttp.text(first)).contains("La salle compte 1 participant(s)", "name=\"confirm\" value=\"yes\"",
                "id=\"keep\" name=\"keep\" value=\"yes\" checked");
        assertThat(room.store.room().isClosed()).isFalse();
        assertThat(Files.exists(workspace.resolve("salle/export"))).isFalse();
    }

    @Test
    void aRunningServerNoticesTheRoomClosedByAnotherProcessAndServesItsArchive() throws Exception {
        room.join("0123456789abcdef", "Camille", "Pharmacie", sample("pharmacie-pui.yaml"));
        TrainerHttp.Browser trainer = room.trainer();
        trainer.get("/formateur/situations");

        fr.charteia.room.RoomClosing.close(workspace, fr.charteia.web.api.TestServer.toolkit(), false,
                fr.charteia.room.RoomQuestions.read(fr.charteia.compose.TemplateSet.shipped(), "fr"),
                fr.charteia.room.WorkshopCatalogue.read(fr.charteia.compose.TemplateSet.shipped(), "fr"),
                (material, toolkit, zip) -> Files.write(zip, "PK-stand-in".getBytes()), Instant.now());

        String dashboard = TrainerHttp.text(trainer.get("/formateur"));
        assertThat(dashboard).contains("La salle est fermée depuis le", "Personne n'a encore rejoint la salle")
                .doesNotContain("Camille");
        HttpResponse<String> show = trainer.submit("/formateur/situations/ajouter", Map.of("situation", "S",
                "expected", "FORBIDDEN", "reason", "R"));
        assertThat(show.statusCode()).isEqualTo(409);
        assertThat(TrainerHttp.text(show)).contains("La salle est fermée : elle ne prend plus de réponse");
        HttpResponse<byte[]> archive = trainer.bytes("/formateur/archive.zip");
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(archive.headers().firstValue("Content-Disposition").orElseThrow()).matches(
                "attachment; filename=\"archive-\\d{8}-\\d{4}\\.zip\"");
        assertThat(new String(archive.body())).isEqualTo("PK-stand-in");
    }

    @Test
    void theReportsAndTheArchiveDownloadWithEveryParticipant() throws Exception {
        room.join("0123456789abcdef", "Camille", "Pharmacie", sample("pharmacie-pui.yaml"));
        room.join("fedcba9876543210", "Dominique", "Urgences", sample("invalid/q-contra.yaml"));
        Map<String, Integer> low = new java.util.HashMap<>();
        Map<String, Integer> high = new java.util.HashMap<>();
        for (var statement : fr.charteia.room.RoomQuestions.read(fr.charteia.compose.TemplateSet.shipped(), "fr")
                .positioning().statements()) {
            low.put(statement.id(), 1);
            high.put(statement.id(), 4);
        }
        room.store.update(r -> r.withParticipant("0123456789abcdef", p -> p.withBefore(low, Instant.now())
                .withAfter(high, Instant.now())));
        TrainerHttp.Browser trainer = room.trainer();

        HttpResponse<byte[]> pdf = trainer.bytes("/formateur/rapport.pdf");
        HttpResponse<byte[]> xlsx = trainer.bytes("/formateur/rapport.xlsx");
        HttpResponse<byte[]> archive = trainer.bytes("/formateur/archive.zip");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"rapport-session.pdf\"");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Formation IAG", "Camille", "Pharmacie", "Dominique", "Urgences");
        }
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("Participants")).isNotNull();
            assertThat(workbook.getSheet("Positionnement").getDrawingPatriarch().getCharts()).hasSize(1);
            String participants = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(
                    workbook.getSheet("Participants").getRow(1).getCell(1)) + " "
                    + new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(
                    workbook.getSheet("Participants").getRow(2).getCell(1));
            assertThat(participants).contains("Camille", "Dominique");
        }
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type")).contains("application/zip");
        List<String> entries = entries(archive.body());
        assertThat(entries).contains("rapport-de-session.pdf", "rapport-de-session.xlsx",
                "01-camille-pharmacie/questionnaire-pharmacie.yaml", "02-dominique-urgences/questionnaire-urgences.yaml",
                "02-dominique-urgences/constats.txt");
        assertThat(entries).filteredOn(e -> e.startsWith("01-camille-pharmacie/") && e.endsWith(".pdf")).hasSize(2);
        assertThat(entries).filteredOn(e -> e.startsWith("01-camille-pharmacie/") && e.endsWith(".docx")).hasSize(2);
        assertThat(entries).filteredOn(e -> e.startsWith("02-dominique-urgences/") && e.endsWith(".pdf")).isEmpty();
        // the open room's archive is written beside the room, and the room stays open
        assertThat(room.store.room().isClosed()).isFalse();
    }

    static List<String> entries(byte[] zip) throws java.io.IOException {
        List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
