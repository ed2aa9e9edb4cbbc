package fr.charteia.web.api;

import static fr.charteia.web.api.ApiValidateTest.JSON;
import static fr.charteia.web.api.ApiValidateTest.error;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.web.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the API refuses (content type, size, method, access code) and what it never does: write. */
class ApiRequestsTest {

    private static final String TOO_LARGE = "Le questionnaire dépasse 2 Mio, la taille maximale : un questionnaire tient "
            + "en quelques dizaines de Kio ; vérifiez que vous envoyez le bon fichier.";

    @TempDir
    static Path workspace;
    static TestServer server;
    static byte[] urgences;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(workspace);
        urgences = Files.readAllBytes(Path.of("samples/urgences-adultes.yaml"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anyOtherContentTypeIsA415() throws IOException {
        for (String path : List.of("/api/validate", "/api/documents?document=charter&format=pdf")) {
            HttpResponse<byte[]> plain = server.post(path, "text/plain", urgences);
            assertThat(plain.statusCode()).isEqualTo(415);
            assertThat(error(plain)).isEqualTo("Le type de contenu « text/plain » n'est pas accepté : envoyez le "
                    + "questionnaire en YAML (Content-Type: application/yaml) ou en JSON (Content-Type: application/json).");
            assertThat(server.post(path, "multipart/form-data; boundary=x", urgences).statusCode()).isEqualTo(415);
            assertThat(server.post(path, "application/x-www-form-urlencoded", urgences).statusCode()).isEqualTo(415);
            HttpResponse<byte[]> none = server.post(path, null, urgences);
            assertThat(none.statusCode()).isEqualTo(415);
            assertThat(error(none)).isEqualTo("Le type du contenu manque : envoyez le questionnaire avec l'en-tête "
                    + "« Content-Type: application/yaml » (YAML) ou « Content-Type: application/json » (JSON).");
            HttpResponse<byte[]> latin = server.post(path, "application/yaml; charset=iso-8859-1", urgences);
            assertThat(latin.statusCode()).isEqualTo(415);
            assertThat(error(latin)).isEqualTo("L'encodage « iso-8859-1 » n'est pas accepté : envoyez le questionnaire "
                    + "en UTF-8 (charset=utf-8, ou sans charset).");
        }
    }

    @Test
    void aBodyDeclaredOver2MiBIsA413BeforeAnyOfItIsSent() throws IOException {
        // the body is never sent: had the server waited for it, the answer would never come
        String answer = server.raw("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"
                + "Content-Length: " + (WebServer.MAX_BODY_BYTES + 1) + "\r\nConnection: close\r\n\r\n", new byte[0]);

        assertThat(answer).startsWith("HTTP/1.1 413 ");
        assertThat(answer).endsWith("\r\n\r\n{\"error\":\"" + TOO_LARGE + "\"}");
    }

    @Test
    void aChunkedBodyOver2MiBIsA413() throws IOException {
        String answer = server.raw("POST /api/documents?document=sheet&format=pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/yaml\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                chunked(WebServer.MAX_BODY_BYTES + 1));

        assertThat(answer).startsWith("HTTP/1.1 413 ");
    }

    @Test
    void aChunkedBodyOfExactly2MiBIsRead() throws IOException {
        String answer = server.raw("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", chunked(WebServer.MAX_BODY_BYTES));

        assertThat(answer).startsWith("HTTP/1.1 200 ");
        assertThat(answer).contains("{\"valid\":false,\"findings\":[");
    }

    @Test
    void theJavaClientsBodyOver2MiBIsA413() throws IOException {
        byte[] large = new byte[(int) WebServer.MAX_BODY_BYTES + 1];
        Arrays.fill(large, (byte) '#');
        HttpResponse<byte[]> response = server.post("/api/validate", "application/yaml", large);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).isEqualTo(TOO_LARGE);
    }

    /** {@code size} bytes of YAML comment lines, in chunks of 64 KiB, and the last chunk. */
    private static byte[] chunked(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long left = size;
        while (left > 0) {
            int n = (int) Math.min(left, 64 * 1024);
            byte[] chunk = new byte[n];
            Arrays.fill(chunk, (byte) '#');
            for (int i = 99; i < n; i += 100) {
                chunk[i] = '\n';
            }
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(chunk);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            left -= n;
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void aWrongMethodOnAnApiPathIsA405() throws IOException {
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/api/validate"))
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(urgences)).header("Content-Type", "application/yaml"));
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("POST");
            assertThat(error(response)).isEqualTo("La méthode " + method + " n'est pas acceptée sur /api/validate : "
                    + "envoyez le questionnaire avec POST.");
        }
        assertThat(server.get("/api/documents?document=charter&format=pdf").statusCode()).isEqualTo(405);
    }

    @Test
    void anUnknownApiPathIsA404InJson() throws IOException {
        HttpResponse<byte[]> response = server.post("/api/generate", "application/yaml", urgences);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response)).isEqualTo("Cette adresse n'existe pas dans l'API de charte-ia : utilisez "
                + "POST /api/validate ou POST /api/documents.");
    }

    @Test
    void theApiWritesNothing() throws IOException {
        Map<String, String> before = tree(workspace);

        server.post("/api/validate", "application/yaml", urgences);
        server.post("/api/validate", "application/yaml", "x: [".getBytes(StandardCharsets.UTF_8));
        server.post("/api/documents?document=charter&format=docx", "application/yaml", urgences);
        server.post("/api/documents?document=sheet&format=pdf", "application/yaml", urgences);
        server.post("/api/documents?document=sheet&format=pdf", "application/yaml",
                Files.readAllBytes(Path.of("samples/invalid/q-ref.yaml")));

        assertThat(tree(workspace)).isEqualTo(before);
        assertThat(before.keySet()).containsExactly(".server-key");
    }

    /** Every file under {@code folder} with its size and last change. */
    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> !f.equals(folder)).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(folder.relativize(file).toString(), attributes.size() + " " + attributes.lastModifiedTime());
            }
        }
        return files;
    }

    @Test
    void withAnAccessCodeTheApiNeedsItAsABearerToken(@TempDir Path dir) throws IOException {
        try (TestServer guarded = TestServer.start(dir, Optional.of("code-secret-1"))) {
            String message = "Code d'accès manquant ou erroné : envoyez l'en-tête « Authorization: Bearer CODE » avec le "
                    + "code affiché au démarrage de charte-ia serve.";
            HttpResponse<byte[]> none = guarded.post("/api/validate", "application/yaml", urgences);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(error(none)).isEqualTo(message);
            for (String authorization : List.of("Bearer code-secret-2", "Bearer ", "Basic Y29kZS1zZWNyZXQtMQ==",
                    "code-secret-1")) {
                HttpResponse<byte[]> wrong = guarded.post("/api/validate", "application/yaml", urgences,
                        "Authorization", authorization);
                assertThat(wrong.statusCode()).as(authorization).isEqualTo(401);
                assertThat(error(wrong)).isEqualTo(message);
            }
            HttpResponse<byte[]> documents = guarded.post("/api/documents?document=sheet&format=pdf", "application/yaml",
                    urgences);
            assertThat(documents.statusCode()).isEqualTo(401);

            HttpResponse<byte[]> right = guarded.post("/api/validate", "application/yaml", urgences,
                    "Authorization", "Bearer code-secret-1");
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(right.body()).get("valid").asBoolean()).isTrue();
            assertThat(guarded.post("/api/documents?document=sheet&format=pdf", "application/yaml", urgences,
                    "Authorization", "Bearer code-secret-1").statusCode()).isEqualTo(200);
        }
    }
}
