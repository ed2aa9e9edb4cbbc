package fr.charteia.web.room;

import fr.charteia.room.Participant;
import fr.charteia.room.RoomStore;
import fr.charteia.room.Stage;
import fr.charteia.web.RoomOptions;
import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import fr.charteia.web.api.TestServer;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.drafts.DraftStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A room server on a free loopback port for the trainer's tests, a second store on its room file (as
 * another process would have), and browsers that keep their cookie and form token.
 */
final class TrainerHttp implements AutoCloseable {

    static final String PARTICIPANT_CODE = "participants-1";
    static final String TRAINER_CODE = "formateur-42";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final Path workspace;
    final WebServer server;
    final RoomStore store;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    TrainerHttp(Path workspace) throws IOException {
        this(workspace, PARTICIPANT_CODE, TRAINER_CODE);
    }

    /** A server started with these codes: a kept room keeps its own, whatever a new start draws. */
    TrainerHttp(Path workspace, String participantCode, String trainerCode) throws IOException {
        this.workspace = workspace;
        this.server = WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, Optional.of(participantCode),
                Optional.of(new RoomOptions("Formation IAG — test", trainerCode, Optional.empty(), Optional.empty()))),
                TestServer.toolkit());
        this.store = RoomStore.open(workspace, () -> {
            throw new AssertionError("the server opened the room");
        });
    }

    /** A participant joined as the participant pages would: in the room, with a draft in their session's folder. */
    Participant join(String id, String pseudonym, String department, byte[] draft) throws IOException {
        String owner = (id + id).substring(0, 32);
        DraftId draftId = new DraftStore(workspace.resolve("sessions").resolve(owner)).create(draft);
        Participant participant = Participant.joined(id, owner, pseudonym, department, Instant.now(), draftId.value())
                .withStage(Stage.QUESTIONNAIRE, Instant.now()).withQuestionnaireStep(4, Instant.now());
        store.update(room -> room.withParticipant(participant));
        return participant;
    }

    Browser browser() {
        return new Browser();
    }

    /** A browser opened with the trainer's code. */
    Browser trainer() {
        Browser trainer = new Browser();
        trainer.get("/formateur/connexion");
        HttpResponse<String> login = trainer.submit("/formateur/connexion", Map.of("code", TRAINER_CODE));
        if (login.statusCode() != 303) {
            throw new IllegalStateException("trainer login answered " + login.statusCode());
        }
        // a page with a form gives the trainer's session's form token
        trainer.get("/formateur/fermer");
        return trainer;
    }

    /** A browser unlocked with the participants' code. */
    Browser participant() {
        Browser participant = new Browser();
        participant.get("/login");
        HttpResponse<String> login = participant.submit("/login", Map.of("code", PARTICIPANT_CODE));
        if (login.statusCode() != 303) {
            throw new IllegalStateException("participant login answered " + login.statusCode());
        }
        // a page of theirs gives the unlocked session's form token
        HttpResponse<String> home = participant.get("/");
        if (home.statusCode() == 303) {
            participant.get(home.headers().firstValue("Location").orElseThrow());
        }
        return participant;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Override
    public void close() {
        server.close();
    }

    static String text(HttpResponse<String> response) {
        return response.body().replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    final class Browser {

        private String cookie;
        private String csrf = "";

        String csrf() {
            return csrf;
        }

        Optional<String> cookie() {
            return Optional.ofNullable(cookie);
        }

        /** Goes on with a cookie another browser had, as after a restart of the server. */
        void useCookie(String value) {
            cookie = value;
        }

        HttpResponse<String> get(String path) {
            return remember(send(HttpRequest.newBuilder(uri(path)).GET()));
        }

        HttpResponse<byte[]> bytes(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            if (cookie != null) {
                request.header("Cookie", "charteia_session=" + cookie);
            }
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** POSTs a form with this browser's token first. */
        HttpResponse<String> submit(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("csrf", csrf);
            all.putAll(fields);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return remember(send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            if (cookie != null) {
                request.header("Cookie", "charteia_session=" + cookie);
            }
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private HttpResponse<String> remember(HttpResponse<String> response) {
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("charteia_session="))
                    .forEach(c -> cookie = c.substring("charteia_session=".length(), c.indexOf(';')));
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        }
    }
}
