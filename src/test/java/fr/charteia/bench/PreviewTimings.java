package fr.charteia.bench;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.drafts.DraftStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The review's preview as a browser asks for it: GET /drafts/{id}/preview/{charter|sheet} of the
 * urgences-adultes sample, on a server in this process over loopback, after a warm-up, 200 calls
 * each, one at a time; prints the median and the 95th percentile in milliseconds.
 *
 * <p>Run with {@code mvn -q -o test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) fr.charteia.bench.PreviewTimings}.
 */
public final class PreviewTimings {

    private static final int WARM_UP = 30;
    private static final int CALLS = 200;

    private PreviewTimings() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path workspace = Files.createTempDirectory("preview-timings");
        try (Toolkit toolkit = Toolkit.create();
                WebServer server = WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, Optional.empty()), toolkit)) {
            DraftId id = new DraftStore(workspace.resolve("brouillons"))
                    .create(Files.readAllBytes(Path.of("samples/urgences-adultes.yaml")));
            HttpClient client = HttpClient.newHttpClient();
            String cookie = client.send(request(server, "/", ""), HttpResponse.BodyHandlers.discarding()).headers()
                    .firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            for (String document : new String[] {"charter", "sheet"}) {
                HttpRequest preview = request(server, "/drafts/" + id + "/preview/" + document, cookie);
                for (int i = 0; i < WARM_UP; i++) {
                    check(client.send(preview, HttpResponse.BodyHandlers.ofString()));
                }
                double[] millis = new double[CALLS];
                for (int i = 0; i < CALLS; i++) {
                    long start = System.nanoTime();
                    check(client.send(preview, HttpResponse.BodyHandlers.ofString()));
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                print("GET preview/" + document, millis);
            }
            // live validation: what the page's script posts after each change of a field (saved, then checked)
            String page = client.send(request(server, "/drafts/" + id + "/steps/2", cookie),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("no form token in step 2");
            }
            double[] live = new double[CALLS];
            for (int i = -WARM_UP; i < CALLS; i++) {
                String form = "csrf=" + token.group(1) + "&service.name="
                        + java.net.URLEncoder.encode("Urgences adultes (SAU) " + (i % 2 == 0 ? "" : " "), "UTF-8");
                HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/drafts/" + id
                        + "/steps/2/check")).header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                long start = System.nanoTime();
                check(client.send(post, HttpResponse.BodyHandlers.ofString()));
                if (i >= 0) {
                    live[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            print("POST steps/2/check (live)", live);
            // the same without HTTP: what the toolkit alone costs, checking included or not
            byte[] yaml = Files.readAllBytes(Path.of("samples/urgences-adultes.yaml"));
            QuestionnaireSource source = new QuestionnaireSource("urgences-adultes.yaml", yaml, Optional.empty());
            double[] checking = new double[CALLS];
            for (int i = 0; i < CALLS; i++) {
                long start = System.nanoTime();
                toolkit.validate(source, Locale.FRENCH);
                checking[i] = (System.nanoTime() - start) / 1e6;
            }
            print("Toolkit.validate", checking);
            CheckedQuestionnaire checked = toolkit.validate(source, Locale.FRENCH);
            for (DocumentKind kind : DocumentKind.values()) {
                double[] millis = new double[CALLS];
                for (int i = 0; i < CALLS; i++) {
                    long start = System.nanoTime();
                    toolkit.preview(checked, kind);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                print("Toolkit.preview " + kind, millis);
            }
        }
    }

    private static void print(String what, double[] millis) {
        Arrays.sort(millis);
        System.out.printf("%-26s %d calls: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n", what, millis.length,
                millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1], millis[0],
                millis[millis.length - 1]);
    }

    private static HttpRequest request(WebServer server, String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return request.GET().build();
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("preview answered " + response.statusCode());
        }
    }
}
