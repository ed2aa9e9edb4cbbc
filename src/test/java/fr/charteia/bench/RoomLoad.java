package fr.charteia.bench;

import fr.charteia.Toolkit;
import fr.charteia.room.Participant;
import fr.charteia.room.RoomClosing;
import fr.charteia.room.RoomStore;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.Stage;
import fr.charteia.room.Vote;
import fr.charteia.web.RoomOptions;
import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A load bench of the training room, not a test: a room server on loopback in this process (temporary
 * workspace), 20 simulated participants (login, join, self-positioning, a few questionnaire steps saved,
 * a vote while the trainer shows a situation), and the trainer polling the dashboard and the results.
 * Bounded: every client stops at the deadline (60 s by default, or the first argument in seconds). Prints
 * the response times of the dashboard and of the votes, and the duration of the export (closing the room
 * with its drafts). Traffic goes to 127.0.0.1 only.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) fr.charteia.bench.RoomLoad [seconds]}.
 * When the participants' pages are not there (a branch without them), participants join and vote through the
 * room's store instead, and the votes' times are reported as not measured.
 */
public final class RoomLoad {

    private static final int PARTICIPANTS = 20;
    private static final String PARTICIPANT_CODE = "participants-bench";
    private static final String TRAINER_CODE = "formateur-bench";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final List<Long> dashboard = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> results = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> votes = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> steps = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean participantPages = true;
    private final Instant deadline;
    private final WebServer server;
    private final RoomStore store;
    private final Path workspace;

    private RoomLoad(Instant deadline, WebServer server, RoomStore store, Path workspace) {
        this.deadline = deadline;
        this.server = server;
        this.store = store;
        this.workspace = workspace;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path workspace = Files.createTempDirectory("charte-ia-room-load");
        try (Toolkit toolkit = Toolkit.create()) {
            WebServer server = WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, Optional.of(PARTICIPANT_CODE),
                    Optional.of(new RoomOptions("Banc de charge", TRAINER_CODE, Optional.empty(), Optional.empty()))), toolkit);
            try {
                RoomStore store = RoomStore.open(workspace, () -> {
                    throw new IllegalStateException("the server opened the room");
                });
                new RoomLoad(Instant.now().plusSeconds(seconds), server, store, workspace).run(toolkit);
            } finally {
                server.close();
            }
        }
    }

    private void run(Toolkit toolkit) throws Exception {
        Client trainer = new Client();
        trainer.get("/formateur/connexion");
        trainer.post("/formateur/connexion", Map.of("code", TRAINER_CODE));
        trainer.get("/formateur/situations");
        trainer.post("/formateur/situations/ajouter", Map.of("situation", "Un agent colle un compte rendu dans un chatbot public.",
                "expected", "FORBIDDEN", "reason", "Données de santé hors d'un hébergement HDS.", "reflex", "Ne rien coller"));
        CountDownLatch joined = new CountDownLatch(PARTICIPANTS);
        CountDownLatch shown = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARTICIPANTS + 1);
        long started = System.nanoTime();
        for (int i = 0; i < PARTICIPANTS; i++) {
            int number = i;
            pool.submit(() -> participant(number, joined, shown));
        }
        pool.submit(() -> trainerPolls(trainer, joined, shown));
        pool.shutdown();
        boolean ended = pool.awaitTermination(Duration.between(Instant.now(), deadline).toSeconds() + 30, TimeUnit.SECONDS);
        long session = System.nanoTime() - started;
        if (!ended) {
            pool.shutdownNow();
            problems.add("clients still running at the deadline");
        }
        long exportStart = System.nanoTime();
        String export;
        try {
            RoomClosing.Closed closed = RoomClosing.close(workspace, toolkit, false);
            export = String.format("%.2f s for %d participants (%d drafts deleted), archive %d KiB",
                    (System.nanoTime() - exportStart) / 1e9, closed.participants(), closed.draftsDeleted(),
                    Files.size(closed.archive()) / 1024);
        } catch (UnsupportedOperationException e) {
            export = "not measured: the session archive is still a stub on this branch";
        }
        System.out.printf("Room load: %d participants on 127.0.0.1:%d, %.1f s%n", PARTICIPANTS, server.port(), session / 1e9);
        System.out.println("  participants' pages: " + (participantPages ? "over HTTP" : "absent: joins and votes through the store"));
        System.out.println("  dashboard GET       " + stats(dashboard));
        System.out.println("  results.json GET    " + stats(results));
        System.out.println("  questionnaire POST  " + stats(steps));
        System.out.println("  vote POST           " + (participantPages ? stats(votes) : "not measured"));
        System.out.println("  export (room close) " + export);
        problems.stream().distinct().limit(10).forEach(p -> System.out.println("  problem: " + p));
    }

    private void trainerPolls(Client trainer, CountDownLatch joined, CountDownLatch shown) {
        try {
            boolean showing = false;
            while (Instant.now().isBefore(deadline)) {
                dashboard.add(trainer.timed("/formateur"));
                results.add(trainer.timed("/formateur/situations/resultats.json"));
                if (!showing && joined.getCount() == 0) {
                    trainer.get("/formateur/situations");
                    trainer.post("/formateur/situations/montrer", Map.of("situation", "own-1", "workshop", "2"));
                    showing = true;
                    shown.countDown();
                }
                Thread.sleep(1000);
            }
        } catch (Exception e) {
            problems.add("trainer: " + e);
        } finally {
            shown.countDown();
        }
    }

    private void participant(int number, CountDownLatch joined, CountDownLatch shown) {
        Random random = new Random(number);
        Client browser = new Client();
        String id = null;
        try {
            browser.get("/login");
            browser.post("/login", Map.of("code", PARTICIPANT_CODE));
            HttpResponse<String> join = browser.get("/salle/rejoindre");
            Participant participant;
            if (join.statusCode() == 404) {
                participantPages = false;
                participant = joinThroughStore(browser, number);
            } else {
                browser.post("/salle/rejoindre", Map.of("pseudonym", "Participant " + number,
                        "department", "Service " + number));
                browser.get("/salle/positionnement/avant");
                Map<String, String> answers = new LinkedHashMap<>();
                Matcher statement = Pattern.compile("name=\"(s-[^\"]+)\"").matcher(browser.last);
                while (statement.find()) {
                    answers.put(statement.group(1), String.valueOf(1 + random.nextInt(4)));
                }
                browser.post("/salle/positionnement/avant", answers);
                participant = store.room().participants().stream()
                        .filter(p -> p.pseudonym().equals("Participant " + number)).findFirst().orElseThrow();
            }
            id = participant.id();
            joined.countDown();
            for (int step = 1; step <= 3 && Instant.now().isBefore(deadline); step++) {
                saveStep(browser, participant, step, number);
            }
            shown.await(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
            SituationAnswer answer = SituationAnswer.values()[random.nextInt(3)];
            if (participantPages) {
                browser.get("/salle/situation");
                long start = System.nanoTime();
                HttpResponse<String> vote = browser.post("/salle/situation", Map.of("answer", answer.name(),
                        "reflex", "Réflexe " + number));
                votes.add(System.nanoTime() - start);
                if (vote.statusCode() >= 400) {
                    problems.add("vote POST: " + vote.statusCode());
                }
            } else {
                String participantId = id;
                store.update(room -> room.withVote(new Vote("own-1", participantId, answer, "", Instant.now())));
            }
            // then on with the questionnaire until the end of the session, a save every 3 s or so
            while (Instant.now().plusSeconds(3).isBefore(deadline)) {
                Thread.sleep(2000 + random.nextInt(2000));
                saveStep(browser, participant, 1 + random.nextInt(9), number);
            }
        } catch (Exception e) {
            problems.add("participant " + number + ": " + e);
        } finally {
            if (id == null) {
                joined.countDown();
            }
        }
    }

    /** Opens a step of the participant's draft and saves it back as filled, as the « Enregistrer » button does. */
    private void saveStep(Client browser, Participant participant, int step, int number)
            throws IOException, InterruptedException {
        HttpResponse<String> page = browser.get("/drafts/" + participant.draftId() + "/steps/" + step);
        Map<String, String> form = FormFields.of(page.body());
        form.put("action", "save");
        form.replaceAll((name, value) -> name.endsWith("name") && value.isEmpty() ? "Service " + number : value);
        long start = System.nanoTime();
        HttpResponse<String> saved = browser.post("/drafts/" + participant.draftId() + "/steps/" + step, form);
        steps.add(System.nanoTime() - start);
        if (saved.statusCode() >= 400) {
            problems.add("step " + step + " POST: " + saved.statusCode());
        }
    }

    /** Without the participants' pages: a draft started over HTTP, the participant added to the room's file. */
    private Participant joinThroughStore(Client browser, int number) throws IOException, InterruptedException {
        browser.get("/");
        HttpResponse<String> created = browser.post("/drafts", Map.of("start", "starter"));
        String draftId = created.headers().firstValue("Location").orElseThrow().split("/")[2];
        Path owner;
        try (var sessions = Files.list(workspace.resolve("sessions"))) {
            owner = sessions.filter(folder -> Files.exists(folder.resolve(draftId + ".yaml"))).findFirst().orElseThrow();
        }
        String id = String.format("%016x", 0xbe00L + number);
        Participant participant = Participant.joined(id, owner.getFileName().toString(), "Participant " + number,
                "Service " + number, Instant.now(), draftId).withStage(Stage.QUESTIONNAIRE, Instant.now());
        store.update(room -> room.withParticipant(participant));
        return participant;
    }

    private static String stats(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "no request";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(Comparator.naturalOrder());
        return String.format("n=%d median %.1f ms, p95 %.1f ms, max %.1f ms", sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    /** One browser: its cookie, the form token of the last page, and that page. */
    private final class Client {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private String cookie;
        private String csrf = "";
        String last = "";

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        long timed(String path) throws IOException, InterruptedException {
            long start = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                problems.add(path + ": " + response.statusCode());
            }
            return took;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("csrf", csrf);
            all.putAll(fields);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.port() + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            request.timeout(Duration.ofSeconds(30));
            if (cookie != null) {
                request.header("Cookie", "charteia_session=" + cookie);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("charteia_session="))
                    .forEach(c -> cookie = c.substring("charteia_session=".length(), c.indexOf(';')));
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            last = response.body();
            return response;
        }
    }

    /** The fields a browser would send back from the first form of a step page: as filled, unchanged. */
    static final class FormFields {

        private static final Pattern FORM = Pattern.compile("<form[^>]*class=\"[^\"]*step-form[^\"]*\"[^>]*>(.*?)</form>",
                Pattern.DOTALL);
        private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
        private static final Pattern TEXTAREA = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
        private static final Pattern SELECT = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL);
        private static final Pattern SELECTED = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected");
        private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
        private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
        private static final Pattern TYPE = Pattern.compile("type=\"([^\"]+)\"");

        static Map<String, String> of(String page) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher form = FORM.matcher(page);
            String html = form.find() ? form.group(1) : page;
            Matcher input = INPUT.matcher(html);
            while (input.find()) {
                String attributes = input.group(1);
                Matcher name = NAME.matcher(attributes);
                if (!name.find() || name.group(1).equals("csrf")) {
                    continue;
                }
                Matcher type = TYPE.matcher(attributes);
                String kind = type.find() ? type.group(1) : "text";
                if ((kind.equals("radio") || kind.equals("checkbox")) && !attributes.contains(" checked")) {
                    continue;
                }
                if (kind.equals("file") || kind.equals("submit")) {
                    continue;
                }
                Matcher value = VALUE.matcher(attributes);
                fields.put(name.group(1), unescape(value.find() ? value.group(1) : ""));
            }
            Matcher area = TEXTAREA.matcher(html);
            while (area.find()) {
                Matcher name = NAME.matcher(area.group(1));
                if (name.find()) {
                    fields.put(name.group(1), unescape(area.group(2)));
                }
            }
            Matcher select = SELECT.matcher(html);
            while (select.find()) {
                Matcher name = NAME.matcher(select.group(1));
                Matcher selected = SELECTED.matcher(select.group(2));
                if (name.find() && selected.find()) {
                    fields.put(name.group(1), unescape(selected.group(1)));
                }
            }
            return fields;
        }

        private static String unescape(String html) {
            return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&#x3D;", "=").replace("&#x60;", "`").replace("&amp;", "&");
        }
    }
}
