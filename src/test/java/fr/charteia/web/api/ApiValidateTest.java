package fr.charteia.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.charteia.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/validate}: the same findings as {@code validate --format json}, over real HTTP. */
class ApiValidateTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path workspace;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(workspace);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everySampleGetsTheFindingsOfTheCommandLineInFrench() throws IOException {
        assertSameFindingsAsTheCommandLine("fr");
    }

    @Test
    void everySampleGetsTheFindingsOfTheCommandLineInEnglish() throws IOException {
        assertSameFindingsAsTheCommandLine("en");
    }

    /**
     * Every questionnaire of {@code samples/} and {@code samples/invalid/}, sent to the API and given to
     * {@code validate --format json} in one run: the findings are the same, field by field and in order.
     * One difference is expected and checked, not skipped: a questionnaire sent to the API has no folder, so
     * a logo it names is never looked for on the server's disk, and the G-LOGO message names the logo as
     * written ({@code logos/valmont.png}) where the command line names it from the questionnaire's folder
     * ({@code samples/invalid/logos/valmont.png}). The message must be the command line's with that folder
     * taken out, and only {@code g-logo-missing.yaml} may differ so.
     */
    private static void assertSameFindingsAsTheCommandLine(String lang) throws IOException {
        List<Path> files = questionnaires();
        Map<String, JsonNode> cli = commandLine(files, lang);
        List<String> logoFiles = new ArrayList<>();
        for (Path file : files) {
            HttpResponse<byte[]> response = server.post("/api/validate?lang=" + lang, contentType(file), Files.readAllBytes(file));
            assertThat(response.statusCode()).as(file.toString()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
            JsonNode api = JSON.readTree(response.body());
            JsonNode expected = cli.get(file.toString());
            assertThat(api.get("valid")).as(file.toString()).isEqualTo(expected.get("valid"));
            assertThat(fieldNames(api)).containsExactly("valid", "findings");
            JsonNode wanted = expected.get("findings").deepCopy();
            for (JsonNode finding : wanted) {
                if (finding.get("code").asText().equals("G-LOGO")) {
                    String folder = file.getParent().toString() + "/";
                    assertThat(finding.get("message").asText()).contains(folder);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) finding).put("message",
                            finding.get("message").asText().replace(folder, ""));
                    logoFiles.add(file.getFileName().toString());
                }
            }
            assertThat(api.get("findings")).as(file.toString()).isEqualTo(wanted);
        }
        assertThat(logoFiles).containsExactly("g-logo-missing.yaml");
        assertThat(files).hasSizeGreaterThan(60);
    }

    @Test
    void theLogoOfAnUploadIsNeverReadFromTheServersDisk() throws IOException {
        // a logo that exists beside the workspace: the API must still say it is missing
        Path folder = Files.createDirectories(workspace.resolve("upload"));
        Files.write(folder.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String yaml = Files.readString(Path.of("samples/urgences-adultes.yaml"))
                .replaceFirst("(?m)^organisation:\\n", "organisation:\n  logo: logo.png\n");
        assertThat(yaml).contains("logo: logo.png");

        JsonNode api = JSON.readTree(server.post("/api/validate", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)).body());

        assertThat(api.get("valid").asBoolean()).isFalse();
        assertThat(api.get("findings").get(0).get("code").asText()).isEqualTo("G-LOGO");
        assertThat(api.get("findings").get(0).get("message").asText())
                .startsWith("Le logo « logo.png » est introuvable : il n'y a pas de fichier logo.png");
    }

    @Test
    void aQuestionnaireWithASyntaxErrorIsStillA200WithItsFinding() throws IOException {
        HttpResponse<byte[]> response = server.post("/api/validate", "application/yaml",
                "organisation:\n  name: [Hôpital\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(response.body());
        assertThat(api.get("valid").asBoolean()).isFalse();
        assertThat(api.get("findings")).hasSize(1);
        assertThat(api.get("findings").get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(api.get("findings").get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void aQuestionnaireOfTheWrongShapeIsStillA200WithItsFinding() throws IOException {
        HttpResponse<byte[]> yaml = server.post("/api/validate", "text/yaml", "- a\n- b\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> json = server.post("/api/validate", "application/json", "[1, 2]".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> empty = server.post("/api/validate", "application/json", new byte[0]);

        for (HttpResponse<byte[]> response : List.of(yaml, json, empty)) {
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode api = JSON.readTree(response.body());
            assertThat(api.get("valid").asBoolean()).isFalse();
            assertThat(api.get("findings").size()).isPositive();
        }
    }

    @Test
    void everyYamlAndJsonContentTypeIsAccepted() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("samples/urgences-adultes.yaml"));
        byte[] json = Files.readAllBytes(Path.of("samples/invalid/q-ref.json"));
        for (String type : List.of("application/yaml", "application/x-yaml", "text/yaml", "application/yaml; charset=utf-8",
                "Application/YAML;charset=UTF-8", "text/yaml; charset=\"utf-8\"")) {
            HttpResponse<byte[]> response = server.post("/api/validate", type, yaml);
            assertThat(response.statusCode()).as(type).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("valid").asBoolean()).as(type).isTrue();
        }
        for (String type : List.of("application/json", "application/json; charset=utf-8")) {
            HttpResponse<byte[]> response = server.post("/api/validate", type, json);
            assertThat(response.statusCode()).as(type).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("findings").get(0).get("code").asText()).isEqualTo("Q-REF");
        }
    }

    @Test
    void anotherLanguageIsA400InFrench() throws IOException {
        HttpResponse<byte[]> response = server.post("/api/validate?lang=de", "application/yaml",
                Files.readAllBytes(Path.of("samples/urgences-adultes.yaml")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("« lang=de » n'est pas une langue des messages : utilisez lang=fr "
                + "(français, par défaut) ou lang=en (anglais).");
    }

    static String error(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        JsonNode body = JSON.readTree(response.body());
        assertThat(fieldNames(body)).containsExactly("error");
        return body.get("error").asText();
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String contentType(Path file) {
        return file.toString().endsWith(".json") ? "application/json" : "application/yaml";
    }

    /** Every questionnaire of the two sample folders ({@code expected.tsv} is the table of expected codes). */
    static List<Path> questionnaires() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("samples"), Path.of("samples/invalid"))) {
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(yaml|yml|json)"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** {@code validate --format json --lang LANG} on every file in one run, by file name. */
    private static Map<String, JsonNode> commandLine(List<Path> files, String lang) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--lang", lang));
        files.forEach(f -> args.add(f.toString()));
        StringWriter out = new StringWriter();
        Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()));
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode file : JSON.readTree(out.toString())) {
            byFile.put(file.get("file").asText(), file);
        }
        assertThat(byFile).hasSameSizeAs(files);
        return byFile;
    }
}
