package fr.charteia.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.charteia.web.form.DraftYaml;
import fr.charteia.web.form.Field;
import fr.charteia.web.form.FormServer;
import fr.charteia.web.form.QuestionnaireSteps;
import fr.charteia.web.form.Step;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user types is shown back as text, never as markup, wherever a page shows it. */
class StepFormsXssTest {

    private static final String PAYLOAD = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> {{page.csrf}}"
            + " </textarea><script>x</script>";

    @TempDir
    Path workspace;

    @Test
    void aPayloadInEveryTextFieldIsShownEscapedOnEveryStepAndTheHomePage() throws Exception {
        ObjectNode tree = DraftYaml.read(Files.readAllBytes(Path.of("samples/imagerie-medicale.yaml")), false).orElseThrow();
        int filled = 0;
        for (Step step : QuestionnaireSteps.all()) {
            for (Field field : step.fields()) {
                filled += fill(tree, field);
            }
        }
        assertThat(filled).isGreaterThan(100);
        ObjectNode named = DraftYaml.read(Files.readAllBytes(Path.of("samples/imagerie-medicale.yaml")), false).orElseThrow();
        ((ObjectNode) named.path("service")).put("name", PAYLOAD);
        try (FormServer server = new FormServer(workspace)) {
            server.home();
            String draft = server.importDraft("payload.yaml", DraftYaml.write(tree));
            server.importDraft("named.yaml", DraftYaml.write(named));
            for (Step step : QuestionnaireSteps.all()) {
                HttpResponse<String> page = server.get("/drafts/" + draft + "/steps/" + step.number());
                assertThat(page.statusCode()).isEqualTo(200);
                String where = "step " + step.number();
                assertEscaped(page.body(), where);
                // the payload is in text inputs, text areas, row legends and findings, as typed
                assertThat(count(page.body(), "value=\"" + escapedPrefix())).as(where).isPositive();
                assertThat(FormServer.unescape(page.body())).as(where).contains(PAYLOAD);
                if (step.number() >= 3 && step.number() != 7) { // step 7 names its rows by their use, an id
                    assertThat(legendsWithPayload(page.body())).as(where).isPositive();
                }
                if (step.number() == 7) {
                    // labels of the declared roles and tools, in the check boxes
                    assertThat(count(FormServer.unescape(page.body()), "> <label for=\"f-authorised-0-roles-")).isPositive();
                    assertThat(Pattern.compile("<label for=\"f-authorised-0-roles-[^\"]*\">&lt;script&gt;").matcher(page.body())
                            .find()).isTrue();
                }
                if (step.number() == 3) {
                    // a finding quoting the value: the id is not an identifier
                    assertThat(Pattern.compile("class=\"finding error\"><p>.*&lt;script&gt;alert").matcher(page.body()).find())
                            .as(where).isTrue();
                }
            }
            HttpResponse<String> home = server.home();
            assertEscaped(home.body(), "home");
            assertThat(FormServer.unescape(home.body())).contains(PAYLOAD);
        }
    }

    /** No markup of the payload, and {{page.csrf}} left as typed, not expanded. */
    private static void assertEscaped(String html, String where) {
        assertThat(html).as(where).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .doesNotContain("</textarea><script>").doesNotContain("<script>x");
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group()).as(where).isEqualTo("<script src=\"/assets/charte-ia.js\" defer>");
        }
        assertThat(count(html, "</textarea>")).as(where).isEqualTo(count(html, "<textarea "));
    }

    private static String escapedPrefix() {
        return "&lt;script&gt;alert(1)";
    }

    private static int legendsWithPayload(String html) {
        return count(html.replaceAll("<legend>[^<]*&lt;script&gt;alert", "\u0000"), "\u0000");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** Puts the payload in every text and list of lines {@code field} names in {@code parent}, rows included. */
    private static int fill(ObjectNode parent, Field field) {
        if (field instanceof Field.Text) {
            setDotted(parent, field.key(), parent.textNode(PAYLOAD));
            return 1;
        }
        if (field instanceof Field.Lines) {
            ArrayNode lines = parent.arrayNode().add(PAYLOAD).add(PAYLOAD + " 2");
            setDotted(parent, field.key(), lines);
            return 1;
        }
        int filled = 0;
        if (field instanceof Field.Group group) {
            ObjectNode object = objectAt(parent, group.key());
            for (Field inner : group.fields()) {
                filled += fill(object, inner);
            }
        } else if (field instanceof Field.Rows rows) {
            for (JsonNode row : parent.path(rows.key())) {
                for (Field inner : rows.fields()) {
                    filled += fill((ObjectNode) row, inner);
                }
            }
        }
        return filled;
    }

    private static ObjectNode objectAt(ObjectNode parent, String dottedKey) {
        ObjectNode node = parent;
        for (String part : dottedKey.split("\\.")) {
            node = node.get(part) instanceof ObjectNode existing ? existing : node.putObject(part);
        }
        return node;
    }

    private static void setDotted(ObjectNode parent, String dottedKey, JsonNode value) {
        int dot = dottedKey.lastIndexOf('.');
        ObjectNode holder = dot < 0 ? parent : objectAt(parent, dottedKey.substring(0, dot));
        holder.set(dottedKey.substring(dot + 1), value);
    }
}
