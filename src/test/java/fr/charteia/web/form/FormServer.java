package fr.charteia.web.form;

import fr.charteia.SampleDocuments;
import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code charte-ia serve} on a free port of the loopback, and a browser session on it: the
 * session cookie it was given and the form token of its pages.
 */
public final class FormServer implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern DRAFT = Pattern.compile("/drafts/([0-9a-f]{16})/steps/1");

    private final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie = "";
    private String csrf = "";

    public FormServer(Path workspace) throws IOException {
        this.server = WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, Optional.empty()),
                SampleDocuments.toolkit());
    }

    /** The home page, which opens the session. */
    public HttpResponse<String> home() throws IOException, InterruptedException {
        return get("/");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return remember(send(request(path).GET()));
    }

    /** Posts a form with the session's token. */
    public HttpResponse<String> post(String path, Map<String, List<String>> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder("csrf=").append(encode(csrf));
        fields.forEach((name, values) -> values.forEach(v -> body.append('&').append(encode(name)).append('=').append(encode(v))));
        return remember(send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
    }

    /** Posts {@code bytes} as the file {@code filename} of the import form. */
    public HttpResponse<String> importFile(String filename, byte[] bytes) throws IOException, InterruptedException {
        String boundary = "----charteia" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return remember(send(request("/drafts/import").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    /** Imports a questionnaire and returns the new draft's id. */
    public String importDraft(String filename, byte[] bytes) throws IOException, InterruptedException {
        HttpResponse<String> response = importFile(filename, bytes);
        Matcher draft = DRAFT.matcher(response.headers().firstValue("Location").orElse(""));
        if (response.statusCode() != 303 || !draft.find()) {
            throw new AssertionError("import of " + filename + " answered " + response.statusCode() + ": " + response.body());
        }
        return draft.group(1);
    }

    public String csrf() {
        return csrf;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        response.headers().firstValue("Set-Cookie").ifPresent(set -> cookie = set.substring(0, set.indexOf(';')));
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** The text of an HTML page with its character references decoded, to look for what it shows. */
    public static String unescape(String html) {
        Matcher reference = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(html);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            reference.appendReplacement(text, Matcher.quoteReplacement(decoded));
        }
        reference.appendTail(text);
        return text.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
