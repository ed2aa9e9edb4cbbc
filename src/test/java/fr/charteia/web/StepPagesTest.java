package fr.charteia.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.charteia.Toolkit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step pages as a browser without script receives them (labels, descriptions, no inline code the
 * Content-Security-Policy would block), and the check endpoint the page's script posts to.
 */
class StepPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern DESCRIBED_BY = Pattern.compile("aria-describedby=\"([^\"]*)\"");
    private static final Pattern LABEL_FOR = Pattern.compile("<label for=\"([^\"]+)\"");
    private static final Pattern FORM_TAG = Pattern.compile("<(/?)(fieldset|legend|input|select|textarea)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)(?:=\"([^\"]*)\")?");

    @TempDir
    static Path workspace;

    private static WebServer server;

    @BeforeAll
    static void start() throws IOException {
        server = WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, Optional.empty()), Toolkit.create());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyStepOfEverySampleIsLabelledDescribedAndFreeOfInlineCode() throws Exception {
        Browser browser = new Browser();
        for (String sample : Samples.NAMES) {
            String draft = browser.startFrom(sample);
            for (int step = 1; step <= 9; step++) {
                HttpResponse<String> page = browser.get(draft + "/steps/" + step);
                String where = sample + ", étape " + step;
                assertThat(page.statusCode()).as(where).isEqualTo(200);
                String html = page.body();
                assertThat(html).as(where).containsPattern("<html lang=\"(fr|en)\">");
                assertThat(Pattern.compile("<h1[ >]").matcher(html).results().count()).as(where + ": h1").isEqualTo(1);
                assertUniqueIds(html, where);
                assertLabelled(html, where);
                assertDescriptionsExist(html, where);
                assertNoInlineCode(html, where);
                assertThat(html).as(where).contains("aria-label=\"").contains("aria-current=\"step\"")
                        .contains("id=\"autosave\" role=\"status\"").contains("data-check=\"" + "/drafts/");
                // the first submit button, the one Enter presses, saves and stays; it is not in the tab order
                assertThat(html.substring(html.indexOf("<form"))).as(where)
                        .containsPattern("^<form[^>]*>\\s*<input type=\"hidden\" name=\"csrf\"[^>]*>\\s*(?:\\{\\{!.*?}}\\s*)?"
                                + "<button type=\"submit\" name=\"action\" value=\"save\" class=\"default-action\" tabindex=\"-1\">");
            }
        }
    }

    @Test
    void theCheckAnswersTheFindingsOfAStepByContainer() throws Exception {
        Browser browser = new Browser();
        String draft = browser.importFile(Path.of("samples/invalid/c-human.yaml"));
        String step = browser.get(draft + "/steps/7").body();
        assertThat(step).contains("id=\"f-authorised-1-human_validation-findings\"").contains("[C-HUMAN]");

        HttpResponse<String> check = browser.post(draft + "/steps/7/check", fields(step));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode answer = new ObjectMapper().readTree(check.body());
        assertThat(answer.path("errors").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(answer.path("summaryTitle").asText()).isEqualTo("À corriger sur cette étape");
        assertThat(answer.path("whyLabel").asText()).isEqualTo("Pourquoi ?");
        JsonNode container = answer.path("containers").path("f-authorised-1-human_validation-findings");
        assertThat(container.isArray()).isTrue();
        assertThat(container).anySatisfy(finding -> {
            assertThat(finding.path("code").asText()).isEqualTo("C-HUMAN");
            assertThat(finding.path("error").asBoolean()).isTrue();
            assertThat(finding.path("severity").asText()).isEqualTo("Erreur");
            assertThat(finding.path("target").asText()).isEqualTo("f-authorised-1-human_validation");
            assertThat(finding.path("message").asText()).isNotBlank();
        });
        // every container the answer names is one the page has, so the script finds where to put it
        answer.path("containers").fieldNames().forEachRemaining(id -> assertThat(step).contains("id=\"" + id + "\""));
        assertThat(answer.path("summary")).anySatisfy(f -> assertThat(f.path("code").asText()).isEqualTo("C-HUMAN"));

        // the check saved what it was sent: the page shows the same finding afterwards
        assertThat(browser.get(draft + "/steps/7").body()).contains("[C-HUMAN]");
    }

    @Test
    void aCheckWithoutTheFormTokenIsRefused() throws Exception {
        Browser browser = new Browser();
        String draft = browser.startFrom("urgences-adultes");
        List<String[]> fields = fields(browser.get(draft + "/steps/1").body());
        fields.removeIf(field -> field[0].equals("csrf"));
        HttpResponse<String> check = browser.post(draft + "/steps/1/check", fields);
        assertThat(check.statusCode()).isEqualTo(403);
    }

    /** Without the script, a row button is a plain submit: the page comes back focused on the new row. */
    @Test
    void addingARowWorksAsAPlainForm() throws Exception {
        Browser browser = new Browser();
        String draft = browser.startFrom("urgences-adultes");
        String page = browser.get(draft + "/steps/4").body();
        int rows = Pattern.compile("<fieldset class=\"row\" id=\"f-tools-\\d+\"").matcher(page).results().mapToInt(m -> 1).sum();
        assertThat(page).contains("value=\"add:tools\" class=\"secondary add\" data-row-action");
        List<String[]> fields = fields(page);
        fields.add(new String[] {"action", "add:tools"});
        HttpResponse<String> added = browser.post(draft + "/steps/4", fields);
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).get().isEqualTo(draft + "/steps/4#f-tools-" + rows);
        String after = browser.get(draft + "/steps/4").body();
        assertThat(after).contains("<fieldset class=\"row\" id=\"f-tools-" + rows + "\" tabindex=\"-1\"");
    }

    private static void assertUniqueIds(String html, String where) {
        Set<String> seen = new HashSet<>();
        ID.matcher(html).results().map(m -> m.group(1))
                .forEach(id -> assertThat(seen.add(id)).as(where + ": id en double " + id).isTrue());
    }

    /** Every input has a label for it, or stands in a fieldset with a legend (a group of choices). */
    private static void assertLabelled(String html, String where) {
        Set<String> labelled = new HashSet<>(LABEL_FOR.matcher(html).results().map(m -> m.group(1)).toList());
        Deque<boolean[]> fieldsets = new ArrayDeque<>();
        Matcher tag = FORM_TAG.matcher(html);
        while (tag.find()) {
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2);
            Map<String, String> attributes = attributes(tag.group(3));
            if (name.equals("fieldset")) {
                if (closing) {
                    fieldsets.pop();
                } else {
                    fieldsets.push(new boolean[] {false});
                }
            } else if (name.equals("legend") && !closing && !fieldsets.isEmpty()) {
                fieldsets.peek()[0] = true;
            } else if (!closing && !name.equals("legend") && !"hidden".equals(attributes.get("type"))) {
                String id = attributes.getOrDefault("id", "");
                boolean inLegendedFieldset = fieldsets.stream().anyMatch(f -> f[0]);
                assertThat(labelled.contains(id) || inLegendedFieldset)
                        .as(where + ": " + name + " " + attributes + " sans étiquette").isTrue();
            }
        }
    }

    private static void assertDescriptionsExist(String html, String where) {
        Set<String> ids = new HashSet<>(ID.matcher(html).results().map(m -> m.group(1)).toList());
        Matcher describedBy = DESCRIBED_BY.matcher(html);
        int count = 0;
        while (describedBy.find()) {
            for (String id : describedBy.group(1).trim().split("\\s+")) {
                assertThat(ids).as(where + ": aria-describedby vers " + id).contains(id);
                count++;
            }
        }
        assertThat(count).as(where + ": descriptions").isPositive();
    }

    private static void assertNoInlineCode(String html, String where) {
        assertThat(html).as(where).doesNotContainPattern("<script(?![^>]*\\ssrc=\"/assets/)")
                .doesNotContainPattern("<script[^>]*>[^<]+</script>")
                .doesNotContain("<style")
                .doesNotContainPattern("<[a-z][^>]*\\sstyle=")
                .doesNotContainPattern("<[a-z][^>]*\\son[a-z]+=")
                .doesNotContain("javascript:");
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new java.util.HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2) == null ? "" : unescape(attribute.group(2)));
        }
        return attributes;
    }

    /** The fields a browser would send for the page's step form, without a button. */
    private static List<String[]> fields(String html) {
        String form = html.substring(html.indexOf("<form method=\"post\" action=\"/drafts/"));
        form = form.substring(0, form.indexOf("</form>"));
        List<String[]> fields = new ArrayList<>();
        Matcher control = Pattern.compile("<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>",
                Pattern.DOTALL).matcher(form);
        while (control.find()) {
            if (control.group(1) != null) {
                Map<String, String> a = attributes(control.group(1));
                String type = a.getOrDefault("type", "text");
                if ((type.equals("radio") || type.equals("checkbox")) && !a.containsKey("checked")) {
                    continue;
                }
                fields.add(new String[] {a.get("name"), a.getOrDefault("value", "")});
            } else if (control.group(2) != null) {
                String value = control.group(3).startsWith("\n") ? control.group(3).substring(1) : control.group(3);
                fields.add(new String[] {attributes(control.group(2)).get("name"), unescape(value)});
            } else {
                String name = attributes(control.group(4)).get("name");
                Matcher option = Pattern.compile("<option value=\"([^\"]*)\"( selected)?>").matcher(control.group(5));
                String chosen = null;
                while (option.find()) {
                    if (chosen == null || option.group(2) != null) {
                        chosen = unescape(option.group(1));
                    }
                    if (option.group(2) != null) {
                        break;
                    }
                }
                fields.add(new String[] {name, chosen == null ? "" : chosen});
            }
        }
        return fields;
    }

    private static String unescape(String text) {
        Matcher entity = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    /** One browser: its session cookie and the form token of its pages. */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf;

        Browser() throws Exception {
            Matcher token = CSRF.matcher(get("/").body());
            assertThat(token.find()).isTrue();
            csrf = token.group(1);
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, List<String[]> fields) throws Exception {
            StringBuilder body = new StringBuilder();
            for (String[] field : fields) {
                body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(field[0], StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
            }
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** A new draft from a sample; answers its path, {@code /drafts/ID}. */
        String startFrom(String sample) throws Exception {
            HttpResponse<String> created = post("/drafts", List.of(new String[] {"csrf", csrf},
                    new String[] {"start", "sample:" + sample}));
            return draftPath(created);
        }

        String importFile(Path file) throws Exception {
            String boundary = "----charteia" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(uri("/drafts/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return draftPath(created);
        }

        private static String draftPath(HttpResponse<String> created) {
            assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
            String location = created.headers().firstValue("Location").orElseThrow();
            assertThat(location).matches("/drafts/[0-9a-f]{16}/steps/1");
            return location.substring(0, location.indexOf("/steps/"));
        }

        private static URI uri(String path) {
            return server.address().resolve(path);
        }
    }
}
