package fr.charteia.web.room;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Browsers of a room server: each keeps its session cookie and the form token of the last page. */
final class RoomClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    RoomClient(int port) {
        this.port = port;
    }

    Browser browser() {
        return new Browser();
    }

    final class Browser {

        private String cookie;
        private String csrf;

        Optional<String> cookie() {
            return Optional.ofNullable(cookie);
        }

        void useCookie(String value) {
            cookie = value;
        }

        HttpResponse<byte[]> get(String path) {
            return remember(send(withCookie(HttpRequest.newBuilder(uri(path)).GET())));
        }

        /** POSTs the fields as given (the test chooses whether the token is among them). */
        HttpResponse<byte[]> postForm(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return remember(send(withCookie(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)))));
        }

        /** POSTs a form with this browser's token first. */
        HttpResponse<byte[]> submit(String path, Map<String, String> fields) {
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
            Matcher matcher = CSRF.matcher(new String(response.body(), StandardCharsets.UTF_8));
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
