package fr.charteia.bench;

import fr.charteia.Toolkit;
import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.room.RoomClosing;
import fr.charteia.room.RoomStore;
import fr.charteia.room.SituationAnswer;
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
import java.util.zip.ZipFile;

/**
 * A load bench of the training room, not a test: a room server on loopback in this process (temporary
 * workspace), 20 simulated participants over HTTP (login, join, self-positioning, a few questionnaire steps
 * saved through the step forms, a vote on {@code /salle/situation} once the trainer shows a situation, then
 * a save every few seconds), and the trainer polling the dashboard and {@code resultats.json} every second.
 * Then the export: the room closed with the real session archive, after half of the drafts were replaced by
 * complete departments of {@code samples/} so that the archive renders real charters and sheets.
 * Bounded: the clients stop at the deadline (45 s by default, or the first argument in seconds, at most 75),
 * and the whole run stays under 90 s on a laptop. Traffic goes to 127.0.0.1 only.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) fr.charteia.bench.RoomLoad [seconds]}.
 */
public final class RoomLoad {

    private static final int PARTICIPANTS = 20;
    private static final String PARTICIPANT_CODE = "participants-bench";
    private static final String TRAINER_CODE = "formateur-bench";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String SITUATION = "own-1";
    /** Complete departments, written into every other participant's draft before the export. */
    private static final List<String> SAMPLES = List.of("pharmacie-pui.yaml", "urgences-adultes.yaml",
            "imagerie-medicale.yaml", "ressources-humaines.yaml", "secretariat-admissions.yaml");

    private final List<Long> dashboard = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> results = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> votes = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> steps = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
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
        int seconds = Math.min(75, args.length > 0 ? Integer.parseInt(args[0]) : 45);
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
        boolean ended = pool.awaitTermination(Duration.between(Instant.now(), deadline).toSeconds() + 10, TimeUnit.SECONDS);
        long session = System.nanoTime() - started;
        if (!ended) {
            pool.shutdownNow();
            problems.add("clients still running at the deadline");
        }
        Room room = store.room();
        long recorded = room.votes().stream().filter(v -> v.situationId().equals(SITUATION)).count();
        int complete = completeHalfTheDrafts(room);
        long exportStart = System.nanoTime();
        RoomClosing.Closed closed = RoomClosing.close(workspace, toolkit, false);
        long export = System.nanoTime() - exportStart;
        int documents;
        int entries;
        try (ZipFile zip = new ZipFile(closed.archive().toFile())) {
            entries = zip.size();
            documents = (int) zip.stream().filter(e -> e.getName().contains("/") && (e.getName().endsWith(".pdf")
                    || e.getName().endsWith(".docx"))).count();
        }
        System.out.printf("Room load: %d participants on 127.0.0.1:%d, %.1f s of session%n", PARTICIPANTS, server.port(),
                session / 1e9);
        System.out.println("  dashboard GET       " + stats(dashboard));
        System.out.println("  resultats.json GET  " + stats(results));
        System.out.println("  vote POST           " + stats(votes) + " (" + recorded + " votes recorded)");
        System.out.println("  step POST           " + stats(steps));
        System.out.printf("  export (room close) %.2f s for %d participants (%d with a complete department), archive %d KiB,"
                + " %d entries of which %d participants' PDF/DOCX; %d drafts deleted%n", export / 1e9, closed.participants(),
                complete, Files.size(closed.archive()) / 1024, entries, documents, closed.draftsDeleted());
        problems.stream().distinct().limit(10).forEach(p -> System.out.println("  problem: " + p));
    }

    /** Every other participant's draft replaced by a complete department, as if they had filled all ten steps. */
    private int completeHalfTheDrafts(Room room) throws IOException {
        int complete = 0;
        for (int i = 0; i < room.participants().size(); i += 2) {
            Participant participant = room.participants().get(i);
            Path draft = workspace.resolve("sessions").resolve(participant.owner()).resolve(participant.draftId() + ".yaml");
            if (Files.exists(draft)) {
                Files.write(draft, Files.readAllBytes(Path.of("samples", SAMPLES.get(complete % SAMPLES.size()))));
                complete++;
            }
        }
        return complete;
    }

    private void trainerPolls(Client trainer, CountDownLatch joined, CountDownLatch shown) {
        try {
            boolean showing = false;
            while (Instant.now().isBefore(deadline)) {
                dashboard.add(trainer.timed("/formateur"));
                results.add(trainer.timed("/formateur/situations/resultats.json"));
                if (!showing && joined.getCount() == 0) {
                    trainer.get("/formateur/situations");
                    trainer.post("/formateur/situations/montrer", Map.of("situation", SITUATION, "workshop", "2"));
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
            browser.get("/salle/rejoindre");
            browser.post("/salle/rejoindre", Map.of("pseudonym", "Participant " + number, "department", "Service " + number));
            browser.get("/salle/positionnement/avant");
            Map<String, String> answers = new LinkedHashMap<>();
            Matcher statement = Pattern.compile("name=\"(s-[^\"]+)\"").matcher(browser.last);
            while (statement.find()) {
                answers.put(statement.group(1), String.valueOf(1 + random.nextInt(4)));
            }
            browser.post("/salle/positionnement/avant", answers);
            Participant participant = store.room().participants().stream()
                    .filter(p -> p.pseudonym().equals("Participant " + number)).findFirst().orElseThrow();
            id = participant.id();
            joined.countDown();
            for (int step = 1; step <= 3 && Instant.now().isBefore(deadline); step++) {
                saveStep(browser, participant, step, number);
            }
            shown.await(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
            SituationAnswer answer = SituationAnswer.values()[random.nextInt(3)];
            browser.get("/salle/situation");
            long start = System.nanoTime();
            HttpResponse<String> vote = browser.post("/salle/situation", Map.of("situation", SITUATION,
                    "answer", answer.name(), "reflex", "Réflexe " + number));
            votes.add(System.nanoTime() - start);
            if (vote.statusCode() != 303) {
                problems.add("vote POST: " + vote.statusCode());
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
        if (saved.statusCode() != 303) {
            problems.add("step " + step + " POST: " + saved.statusCode());
        }
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
