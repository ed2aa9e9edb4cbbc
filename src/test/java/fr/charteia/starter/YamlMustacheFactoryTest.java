package fr.charteia.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Values are written as YAML double-quoted scalars, comments stay comments, templates are strict. */
class YamlMustacheFactoryTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<String> trickyTexts() {
        return Stream.of(
                "", " ", "  lead and trail  ", "plain", "Médecin \"senior\" : garde\nde nuit",
                "a: b", "a:b", "key: value\nother: injected", "\"", "\\", "\\n", "\\\"", "'", "''", "#", "a #b", "# x",
                "- item", "-", "? key", ": x", "[a, b]", "{a: b}", "&anchor", "*alias", "!tag", "!!str x", "%YAML 1.2",
                "|", ">", "---", "...", "--- x\n...", "@", "`", "yes", "no", "on", "off", "true", "null", "~", "1.10",
                "010", "0x1F", "1e3", ".inf", "2027-01-04", "{{x}}", "{{> partial}}", "{{=<% %>=}}",
                "tab\there", "cr\rlf\r\n", "nul\u0000", "bell\u0007", "esc\u001B", "del\u007F", "c1\u0080\u009F",
                "nel\u0085x", "ls\u2028x", "ps\u2029x", "bom\uFEFFx", "nonchar\uFFFE\uFFFF", "lone\uD800", "\uDC00low",
                "emoji 😀 𝔸", "« guillemets » et espace fine\u202F!", "nbsp\u00A0x", "l’apostrophe", "À COMPLÉTER");
    }

    @ParameterizedTest
    @MethodSource("trickyTexts")
    void writesAnyTextAsAScalarThatReadsBackUnchanged(String value) throws IOException {
        JsonNode read = YAML.readTree(render("key: {{value}}\nlist: [{{value}}, {{value}}]\nafter: {{value}}\n",
                Map.of("value", value)));

        assertThat(fieldNames(read)).containsExactly("key", "list", "after");
        assertThat(read.path("key").textValue()).isEqualTo(value);
        assertThat(read.path("list").size()).isEqualTo(2);
        assertThat(read.path("list").get(1).textValue()).isEqualTo(value);
        assertThat(read.path("after").textValue()).isEqualTo(value);
    }

    @Test
    void writesRandomTextAsAScalarThatReadsBackUnchanged() throws IOException {
        Random random = new Random(20270104L);
        int[] tricky = {'"', '\\', '\n', '\r', '\t', ':', '#', '-', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>',
                '\'', '%', '@', '`', ' ', 0, 0x7F, 0x85, 0xA0, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xD800, 0x1F600, 'é', '«'};
        for (int i = 0; i < 500; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) {
                value.appendCodePoint(random.nextBoolean() ? tricky[random.nextInt(tricky.length)]
                        : random.nextInt(0x3000));
            }
            JsonNode read = YAML.readTree(render("k: {{v}}\n", Map.of("v", value.toString())));
            assertThat(read.path("k").textValue()).as("case %d", i).isEqualTo(value.toString());
        }
    }

    @Test
    void quotesWithTheUsualYamlEscapes() {
        assertThat(YamlMustacheFactory.doubleQuoted("a \"b\" \\ c\nd\te")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\te\"");
        assertThat(YamlMustacheFactory.doubleQuoted("x\u2028y\u0085z\u0001")).isEqualTo("\"x\\u2028y\\u0085z\\u0001\"");
        assertThat(YamlMustacheFactory.doubleQuoted("Médecin « chef »")).isEqualTo("\"Médecin « chef »\"");
    }

    @Test
    void keepsCommentTextInsideItsCommentLines() throws IOException {
        String comment = "first\nsecond: injected\r\nthird\u2028fourth: x\u0085fifth\rsixth\u0000- seventh";

        String out = render("top: 1\n  # {{comment}}\nkey: {{value}}\n", Map.of("comment", comment, "value", "v"));

        assertThat(out).isEqualTo("top: 1\n  # first\n  # second: injected\n  # third\n  # fourth: x\n"
                + "  # fifth\n  # sixth - seventh\nkey: \"v\"\n");
        assertThat(fieldNames(YAML.readTree(out))).containsExactly("top", "key");
    }

    @Test
    void writesBlankCommentLinesWithoutTrailingSpaces() {
        assertThat(YamlMustacheFactory.commentText("a\n\nb  ", "    # ")).isEqualTo("a\n    #\n    # b");
    }

    @Test
    void refusesRawTagsWhenTheTemplateIsCompiled() {
        assertThatThrownBy(() -> compile("key: {{{value}}}\n"))
                .isInstanceOf(MustacheException.class)
                .hasMessageContaining("la balise brute {{{value}}} ou {{& value}} n'est pas admise");
        assertThatThrownBy(() -> compile("key: {{& value}}\n"))
                .isInstanceOf(MustacheException.class)
                .hasMessageContaining("la balise brute {{{value}}} ou {{& value}} n'est pas admise");
    }

    @Test
    void refusesACommentTagThatDoesNotFollowAHash() {
        assertThatThrownBy(() -> compile("key: {{comment}}\n"))
                .isInstanceOf(MustacheException.class)
                .hasMessageContaining("{{comment}} must follow \"#\" at the start of its line, not \"key: \"");
        assertThatThrownBy(() -> compile("# {{value}} {{comment}}\n"))
                .isInstanceOf(MustacheException.class)
                .hasMessageContaining("{{comment}} must follow \"#\"");
    }

    @Test
    void failsOnAMissingValueNamingTheTagAndItsLine() {
        assertThatThrownBy(() -> render("a: {{value}}\nb: {{missing}}\n", Map.of("value", "x")))
                .isInstanceOf(MustacheException.class)
                .hasMessageContaining("la balise {{missing}} ne correspond à aucune valeur")
                .hasMessageContaining("test.mustache:2");
    }

    @Test
    void failsOnAMissingSection() {
        assertThatThrownBy(() -> render("{{#missing}}\nx: 1\n{{/missing}}\n", Map.of()))
                .isInstanceOf(MustacheException.class)
                .hasMessageContaining("la balise {{#missing}} ne correspond à aucune valeur");
        assertThatThrownBy(() -> render("{{^missing}}\nx: 1\n{{/missing}}\n", Map.of()))
                .isInstanceOf(MustacheException.class)
                .hasMessageContaining("la balise {{^missing}} ne correspond à aucune valeur");
    }

    @Test
    void doesNotEvaluateTemplateSyntaxInValues() throws IOException {
        String out = render("key: {{value}}\n", Map.of("value", "{{other}}", "other", "leaked"));

        assertThat(YAML.readTree(out).path("key").textValue()).isEqualTo("{{other}}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static com.github.mustachejava.Mustache compile(String template) {
        return new YamlMustacheFactory("starter").compile(new StringReader(template), "test.mustache");
    }

    private static String render(String template, Object scope) {
        StringWriter out = new StringWriter();
        compile(template).execute(out, scope);
        return out.toString();
    }
}
