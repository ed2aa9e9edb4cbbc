package fr.charteia.web.api;

import fr.charteia.Toolkit;
import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real {@code charte-ia serve} on a free loopback port, and a client that talks to it over HTTP.
 * {@link Browser} keeps a session cookie and the form token of the last page, as a browser would.
 */
public final class TestServer implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static Toolkit toolkit;

    private final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(WebServer server) {
        this.server = server;
    }

    /** One toolkit for every test server of the run: it is thread-safe and slow to warm up. */
    public static synchronized Toolkit toolkit() {
        if (toolkit == null) {
            toolkit = Toolkit.create();
        }
        return toolkit;
    }

    /** A client of a server the test started itself (a room, say); closing it stops that server. */
    public static TestServer of(WebServer server) {
        return new TestServer(server);
    }

    public static TestServer start(Path workspace) throws IOException {
        return start(workspace, Optional.empty());
    }

    public static TestServer start(Path workspace, Optional<String> accessCode) throws IOException {
        return start(workspace, accessCode, toolkit());
    }

    public static TestServer start(Path workspace, Optional<String> accessCode, Toolkit toolkit) throws IOException {
        return new TestServer(WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, accessCode), toolkit));
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public int port() {
        return server.port();
    }

    public HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** POSTs {@code body} with {@code contentType} to an API path. */
    public HttpResponse<byte[]> post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /**
     * Sends {@code request} as written (a request line, headers, a blank line, maybe a body) on a plain
     * socket and returns what the server answers until it closes the connection: for what
     * {@link HttpClient} will not send (another Host, a length it did not count).
     */
    public String raw(String request, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before the body is sent: its answer is what counts
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("&#39;", "'");
        }
    }

    public Browser browser() {
        return new Browser();
    }

    @Override
    public void close() {
        server.close();
    }

    /** The body as text, with the HTML escapes of the pages undone, so that a test can quote a message as written. */
    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8).replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** A browser: its session cookie, and the form token of the last page it read. */
    public final class Browser {

        private String cookie;
        private String csrf;

        public Optional<String> cookie() {
            return Optional.ofNullable(cookie);
        }

        public void useCookie(String value) {
            this.cookie = value;
        }

        public String csrf() {
            return csrf;
        }

        public HttpResponse<byte[]> get(String path) {
            return remember(send(withCookie(HttpRequest.newBuilder(uri(path)).GET())));
        }

        /** POSTs a form; the fields go as given, so a test chooses whether {@code csrf} is among them. */
        public HttpResponse<byte[]> postForm(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return remember(send(withCookie(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)))));
        }

        /** POSTs a form with this browser's token first. */
        public HttpResponse<byte[]> submit(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("csrf", csrf);
            all.putAll(fields);
            return postForm(path, all);
        }

        private HttpRequest.Builder withCookie(HttpRequest.Builder request) {
            if (cookie != null) {
                request.header("Cookie", "charteia_session=" + cookie);
            }
            return request;
        }

        private HttpResponse<byte[]> remember(HttpResponse<byte[]> response) {
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("charteia_session="))
                    .forEach(c -> cookie = c.substring("charteia_session=".length(), c.indexOf(';')));
            Matcher matcher = CSRF.matcher(text(response));
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        }
    }
}
