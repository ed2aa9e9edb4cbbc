package fr.charteia.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.web.api.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard in front of every route: form tokens, the access code, the cookie, the headers, the Host. */
class GuardTest {

    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String CODE = "code-secret-1";

    @TempDir
    Path workspace;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPostWithoutTheFormTokenOrWithAnotherSessionsIsA403() throws IOException {
        server = TestServer.start(workspace);
        TestServer.Browser mine = server.browser();
        TestServer.Browser other = server.browser();
        mine.get("/");
        other.get("/");
        assertThat(mine.csrf()).isNotEqualTo(other.csrf());

        HttpResponse<byte[]> without = mine.postForm("/drafts", Map.of("start", "starter"));
        HttpResponse<byte[]> othersToken = mine.postForm("/drafts", Map.of("csrf", other.csrf(), "start", "starter"));
        HttpResponse<byte[]> noCookie = server.browser().postForm("/drafts", Map.of("csrf", mine.csrf(), "start", "starter"));

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(TestServer.text(without)).contains("Le formulaire a expiré ou ne vient pas de charte-ia : rechargez la "
                + "page, puis recommencez.");
        assertThat(othersToken.statusCode()).isEqualTo(403);
        assertThat(noCookie.statusCode()).isEqualTo(403);
        assertThat(TestServer.text(noCookie)).contains("Votre session a expiré");
        assertThat(Files.exists(workspace.resolve("brouillons"))).isFalse();

        HttpResponse<byte[]> right = mine.submit("/drafts", Map.of("start", "starter"));
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location").orElseThrow()).matches("/drafts/[0-9a-f]{16}/steps/1");
    }

    @Test
    void withAnAccessCodeEveryPageIs401AndEveryPost403UntilTheCodeIsGiven() throws IOException {
        server = TestServer.start(workspace, Optional.of(CODE));
        TestServer.Browser browser = server.browser();
        for (String path : List.of("/", "/drafts/0123456789abcdef", "/drafts/0123456789abcdef/delete", "/nowhere")) {
            HttpResponse<byte[]> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(401);
            assertThat(TestServer.text(page)).as(path).contains("name=\"code\"").contains("action=\"/login\"");
        }
        for (String path : List.of("/drafts", "/drafts/0123456789abcdef/delete")) {
            HttpResponse<byte[]> post = browser.submit(path, Map.of("start", "starter"));
            assertThat(post.statusCode()).as(path).isEqualTo(403);
            assertThat(TestServer.text(post)).contains("Saisissez d'abord le code d'accès sur la page d'accueil.");
        }
        HttpResponse<byte[]> wrong = browser.submit("/login", Map.of("code", "code-secret-2"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(TestServer.text(wrong)).contains("Ce code n'est pas le bon.");
        assertThat(browser.get("/").statusCode()).isEqualTo(401);

        HttpResponse<byte[]> right = browser.submit("/login", Map.of("code", CODE));
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.submit("/drafts", Map.of("start", "sample:pharmacie-pui")).statusCode()).isEqualTo(303);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws IOException {
        server = TestServer.start(workspace);
        HttpResponse<byte[]> home = server.get("/");

        List<String> cookies = home.headers().allValues("Set-Cookie");
        assertThat(cookies).hasSize(1);
        assertThat(cookies.get(0)).startsWith("charteia_session=").contains("; HttpOnly").contains("; SameSite=Strict")
                .contains("; Path=/");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws IOException {
        server = TestServer.start(workspace);
        TestServer.Browser browser = server.browser();
        browser.get("/");
        List<HttpResponse<byte[]>> responses = List.of(
                browser.get("/"),
                browser.get("/assets/charte-ia.css"),
                browser.get("/assets/charte-ia.js"),
                browser.get("/assets/nothing.css"),
                browser.get("/nowhere"),
                browser.get("/drafts/0123456789abcdef"),
                browser.postForm("/drafts", Map.of("start", "starter")),
                server.post("/api/validate", "application/yaml", "a: 1".getBytes()),
                server.post("/api/validate", "text/plain", "a: 1".getBytes()),
                server.post("/api/validate?lang=xx", "application/yaml", "a: 1".getBytes()),
                server.post("/api/documents", "application/yaml", "a: 1".getBytes()),
                server.get("/api/validate"),
                server.get("/api/nowhere"));
        for (HttpResponse<byte[]> response : responses) {
            String what = response.request().method() + " " + response.uri() + " → " + response.statusCode();
            assertThat(response.headers().allValues("Content-Security-Policy")).as(what).containsExactly(CSP);
            assertThat(response.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
            assertThat(response.headers().allValues("Referrer-Policy")).as(what).containsExactly("no-referrer");
            assertThat(response.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        }
        assertThat(responses).extracting(HttpResponse::statusCode)
                .containsExactly(200, 200, 200, 404, 404, 404, 403, 200, 415, 400, 400, 405, 404);
        for (String answer : List.of(
                server.raw(request("/", "evil.example"), new byte[0]),
                server.raw(request("/%zz", "127.0.0.1"), new byte[0]))) {
            assertThat(answer).contains("\r\nContent-Security-Policy: " + CSP + "\r\n")
                    .contains("\r\nX-Content-Type-Options: nosniff\r\n").contains("\r\nReferrer-Policy: no-referrer\r\n");
        }
    }

    @Test
    void aHostOtherThanThisComputersIsA421() throws IOException {
        server = TestServer.start(workspace);
        for (String host : List.of("evil.example", "evil.example:" + server.port(), "127.0.0.1.evil.example",
                "127.0.0.1.nip.io:" + server.port(), "localhost.evil.example", "192.168.1.10", "[::2]")) {
            String answer = server.raw(request("/", host), new byte[0]);
            assertThat(answer).as(host).startsWith("HTTP/1.1 421 ");
            assertThat(answer).as(host).contains("Cette adresse n'est pas celle de charte-ia");
        }
        // no Host at all (HTTP/1.0) is no better; an empty one Jetty refuses itself
        assertThat(server.raw("GET / HTTP/1.0\r\n\r\n", new byte[0])).startsWith("HTTP/1.1 421 ");
        assertThat(server.raw(request("/", ""), new byte[0])).startsWith("HTTP/1.1 400 ");
        String api = server.raw("POST /api/validate HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/yaml\r\n"
                + "Content-Length: 4\r\nConnection: close\r\n\r\n", "a: 1".getBytes());
        assertThat(api).startsWith("HTTP/1.1 421 ").contains("Content-Type: application/json")
                .endsWith("{\"error\":\"Cette adresse n'est pas celle de charte-ia : ouvrez http://127.0.0.1 (ou "
                        + "localhost) suivi du port affiché au démarrage.\"}");
        for (String host : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(), "LOCALHOST", "127.0.0.1",
                "[::1]:" + server.port())) {
            assertThat(server.raw(request("/", host), new byte[0])).as(host).startsWith("HTTP/1.1 200 ");
        }
    }

    static String request(String path, String host) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
    }
}
