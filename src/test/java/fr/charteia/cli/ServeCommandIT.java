package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charte-ia serve} as a user starts it: in a process of its own, stopped with Ctrl-C. */
class ServeCommandIT {

    private static final Pattern ADDRESS = Pattern.compile("Questionnaire guidé ouvert sur (http://127\\.0\\.0\\.1:\\d+/)");
    private static final Pattern CODE = Pattern.compile("Code d'accès à donner aux participants : (\\S+)");

    @TempDir
    Path workspace;

    @Test
    void printsItsAddressServesThePagesAndStopsCleanlyOnCtrlC() throws Exception {
        Process server = start("serve", "--port", "0", "--workspace", workspace.toString());
        try (BufferedReader out = reader(server)) {
            String address = firstMatch(out, ADDRESS);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Vos chartes d&#39;usage de l&#39;IA");
            assertThat(lines(out, 2)).containsExactly("Brouillons enregistrés dans " + workspace,
                    "Ctrl-C pour arrêter le serveur (les brouillons restent enregistrés).");

            new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).start().waitFor();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped after Ctrl-C").isTrue();
            // the JVM ends an interrupted program with 128 + SIGINT, after the server has stopped
            assertThat(server.exitValue()).isEqualTo(130);
            assertThat(new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aPortInUseIsRefusedWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process server = start("serve", "--port", String.valueOf(taken.getLocalPort()), "--workspace",
                    workspace.toString());
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
            assertThat(new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(
                    "Le port " + taken.getLocalPort() + " est déjà utilisé sur 127.0.0.1 (un autre charte-ia serve, ou un "
                            + "autre programme) : arrêtez-le, ou choisissez un autre port avec --port, par exemple --port "
                            + "8081 (ou --port 0 pour un port libre).\n");
        }
    }

    @Test
    void onTheNetworkAnAccessCodeIsDrawnPrintedAndAsked() throws Exception {
        Process server = start("serve", "--host", "0.0.0.0", "--port", "0", "--workspace", workspace.toString());
        try (BufferedReader out = reader(server)) {
            String address = firstMatch(out, ADDRESS);
            String code = firstMatch(out, CODE);
            assertThat(code).matches("[a-km-np-z2-9]{10}");
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(401);
            assertThat(page.body()).contains("Code d&#39;accès");
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(address + "api/validate"))
                    .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + code)
                    .POST(HttpRequest.BodyPublishers.ofString("schema: charte-ia/1\n")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aShortAccessCodeIsRefused() throws Exception {
        Process server = start("serve", "--access-code", "1234", "--port", "0", "--workspace", workspace.toString());
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("Le code d'accès doit compter au moins 8 caractères");
        try (Stream<Path> files = Files.list(workspace)) {
            assertThat(files).as("nothing written").isEmpty();
        }
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads lines until one matches; the server prints its lines within its start (bounded by its own timeout). */
    private static String firstMatch(BufferedReader out, Pattern pattern) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher match = pattern.matcher(line);
            if (match.find()) {
                return match.group(1);
            }
        }
        throw new AssertionError("the server ended without printing " + pattern);
    }

    private static List<String> lines(BufferedReader out, int count) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(out.readLine());
        }
        return lines;
    }
}
