package fr.charteia.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.web.api.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who reaches which draft: an id that is not one the server made is a 404 and never reaches the file
 * system; a browser never sees another's drafts; drafts and sessions outlive a restart.
 */
class DraftAccessTest {

    private static final String SECRET = "organisation:\n  name: CONTENU-SECRET-A-NE-JAMAIS-MONTRER\n";

    @TempDir
    Path dir;

    @Test
    void draftIdsThatAreNotTheServersAre404AndNothingOutsideTheWorkspaceIsRead() throws IOException {
        Path workspace = dir.resolve("espace");
        // beside the workspace, inside it, and where « brouillons/../secret » would land
        Files.createDirectories(workspace.resolve("brouillons"));
        Files.writeString(dir.resolve("secret.yaml"), SECRET);
        Files.writeString(workspace.resolve("secret.yaml"), SECRET);
        try (TestServer server = TestServer.start(workspace)) {
            TestServer.Browser browser = server.browser();
            browser.get("/");
            String id = created(browser.submit("/drafts", Map.of("start", "sample:urgences-adultes")));
            Files.writeString(workspace.resolve("brouillons/" + id.substring(0, 15) + ".yaml"), SECRET);
            Files.writeString(workspace.resolve("brouillons/" + id + "0.yaml"), SECRET);
            Files.writeString(workspace.resolve("brouillons/" + id.toUpperCase(Locale.ROOT) + ".yaml"), SECRET);
            List<String> ids = List.of("..%2F..%2Fetc%2Fpasswd", "..%252F..%252Fetc%252Fpasswd",
                    "%2e%2e", "%2e%2e%2fsecret", "%2E%2E%2F%2E%2E%2Fsecret", "..%2fsecret", "..%2F..%2Fsecret", "..",
                    "..%5C..%5Csecret", "%252e%252e%252fsecret", "secret", "secret.yaml",
                    id.substring(0, 15), id + "0", id.toUpperCase(Locale.ROOT), id + ".yaml",
                    id + "%2F..%2F..%2Fsecret", "0123456789abcdef");
            // these Jetty refuses before any route (a path above the root, a raw backslash, a NUL): 400
            List<String> refusedByJetty = List.of("../../etc/passwd", "..\\..\\secret", id + "%00", "%00" + id);
            for (String bad : concat(ids, refusedByJetty)) {
                String status = refusedByJetty.contains(bad) ? "400" : "404";
                for (String path : List.of("/drafts/" + bad, "/drafts/" + bad + "/delete")) {
                    String answer = server.raw(GuardTest.request(path, "127.0.0.1"), new byte[0]);
                    assertThat(answer).as(path).startsWith("HTTP/1.1 " + status + " ");
                    assertThat(answer).as(path).doesNotContain("CONTENU-SECRET").doesNotContain("root:");
                    String post = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: charteia_session="
                            + browser.cookie().orElseThrow() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: " + ("csrf=" + browser.csrf()).length() + "\r\nConnection: close\r\n\r\n";
                    String deleted = server.raw(post, ("csrf=" + browser.csrf()).getBytes());
                    assertThat(deleted).as("POST " + path).startsWith("HTTP/1.1 " + status + " ");
                }
            }
            // the real draft is still there, and so is every file around it
            assertThat(browser.get("/drafts/" + id + "/delete").statusCode()).isEqualTo(200);
            assertThat(Files.readString(dir.resolve("secret.yaml"))).isEqualTo(SECRET);
            assertThat(Files.readString(workspace.resolve("secret.yaml"))).isEqualTo(SECRET);
            assertThat(TestServer.text(browser.get("/"))).doesNotContain("CONTENU-SECRET");
        }
    }

    @Test
    void withAnAccessCodeTwoBrowsersNeverSeeEachOthersDrafts() throws IOException {
        try (TestServer server = TestServer.start(dir, Optional.of(GuardTest.CODE))) {
            TestServer.Browser alice = loggedIn(server);
            TestServer.Browser bob = loggedIn(server);
            String alices = created(alice.submit("/drafts", Map.of("start", "sample:pharmacie-pui")));
            String bobs = created(bob.submit("/drafts", Map.of("start", "sample:imagerie-medicale")));

            assertThat(TestServer.text(alice.get("/"))).contains(alices).doesNotContain(bobs);
            assertThat(TestServer.text(bob.get("/"))).contains(bobs).doesNotContain(alices);
            assertThat(bob.get("/drafts/" + alices + "/delete").statusCode()).isEqualTo(404);
            assertThat(bob.get("/drafts/" + alices).statusCode()).isEqualTo(404);
            assertThat(bob.submit("/drafts/" + alices + "/delete", Map.of()).statusCode()).isEqualTo(404);
            assertThat(alice.get("/drafts/" + alices + "/delete").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRestartedServerStillListsTheDraftsAndAcceptsTheOldCookie() throws IOException {
        String id;
        String cookie;
        String csrf;
        try (TestServer first = TestServer.start(dir)) {
            TestServer.Browser browser = first.browser();
            browser.get("/");
            id = created(browser.submit("/drafts", Map.of("start", "sample:urgences-adultes")));
            cookie = browser.cookie().orElseThrow();
            csrf = browser.csrf();
        }
        try (TestServer second = TestServer.start(dir)) {
            TestServer.Browser browser = second.browser();
            browser.useCookie(cookie);
            HttpResponse<byte[]> home = browser.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(TestServer.text(home)).contains(id).contains("Urgences adultes (SAU)");
            assertThat(browser.csrf()).isEqualTo(csrf);
            assertThat(browser.submit("/drafts/" + id + "/delete", Map.of()).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void aRestartWithTheSameCodeKeepsTheSessionAndWithAnotherRefusesIt() throws IOException {
        String id;
        String cookie;
        try (TestServer first = TestServer.start(dir, Optional.of(GuardTest.CODE))) {
            TestServer.Browser browser = loggedIn(first);
            id = created(browser.submit("/drafts", Map.of("start", "sample:urgences-adultes")));
            cookie = browser.cookie().orElseThrow();
        }
        try (TestServer same = TestServer.start(dir, Optional.of(GuardTest.CODE))) {
            TestServer.Browser browser = same.browser();
            browser.useCookie(cookie);
            HttpResponse<byte[]> home = browser.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(TestServer.text(home)).contains(id);
        }
        try (TestServer other = TestServer.start(dir, Optional.of("code-secret-2"))) {
            TestServer.Browser browser = other.browser();
            browser.useCookie(cookie);
            HttpResponse<byte[]> home = browser.get("/");
            assertThat(home.statusCode()).isEqualTo(401);
            assertThat(TestServer.text(home)).contains("action=\"/login\"").doesNotContain(id);
            assertThat(browser.cookie()).isNotEqualTo(Optional.of(cookie));
            TestServer.Browser withOldCookie = other.browser();
            withOldCookie.useCookie(cookie);
            assertThat(withOldCookie.postForm("/drafts/" + id + "/delete", Map.of("csrf", "x")).statusCode()).isEqualTo(403);
        }
        assertThat(Files.list(dir.resolve("sessions")).toList()).hasSize(1);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static TestServer.Browser loggedIn(TestServer server) {
        TestServer.Browser browser = server.browser();
        browser.get("/login");
        assertThat(browser.submit("/login", Map.of("code", GuardTest.CODE)).statusCode()).isEqualTo(303);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    private static String created(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/drafts/[0-9a-f]{16}/steps/1");
        return location.substring("/drafts/".length(), "/drafts/".length() + 16);
    }
}
