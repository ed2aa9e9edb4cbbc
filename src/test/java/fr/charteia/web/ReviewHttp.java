package fr.charteia.web;

import fr.charteia.Toolkit;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.drafts.DraftStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for the review tests: a server on a free loopback port, one session (its cookie and form
 * token, taken from the home page as a browser does), and drafts made through the store or a POST.
 */
final class ReviewHttp implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final WebServer server;
    private final Path workspace;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie = "";
    private String csrf = "";

    ReviewHttp(Path workspace, Toolkit toolkit) throws IOException {
        this.workspace = workspace;
        this.server = WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, Optional.empty()), toolkit);
        HttpResponse<String> home = get("/");
        cookie = home.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher token = CSRF.matcher(home.body());
        if (token.find()) {
            csrf = token.group(1);
        }
    }

    /** Saves {@code yaml} as a draft of this (loopback) server's drafts. */
    DraftId draft(byte[] yaml) throws IOException {
        return new DraftStore(workspace.resolve("brouillons")).create(yaml);
    }

    /** Starts a draft as the home page's form does, and returns its id from the redirect. */
    String startFrom(String start) throws IOException {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/drafts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                        + "&start=" + URLEncoder.encode(start, StandardCharsets.UTF_8))), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 303) {
            throw new IllegalStateException("POST /drafts answered " + created.statusCode() + ": " + created.body());
        }
        return created.headers().firstValue("Location").orElseThrow().split("/")[2];
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws IOException {
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        try {
            return client.send(request.build(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Override
    public void close() {
        server.close();
    }
}
