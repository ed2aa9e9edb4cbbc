package fr.charteia.compose;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentParser;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a user types comes out of the Markdown parser as the same text, in a single paragraph. */
class MarkdownEscaperTest {

    @ParameterizedTest
    @ValueSource(strings = {"**x**", "# x", "| x |", "<b>gras</b>", "[a](b)", "![x](file:///etc/passwd)",
        "<img src=\"http://127.0.0.1/x.png\">", "[a](javascript:alert(1))", "{{x}}", "{{{x}}}", "1. pas une liste",
        "- pas une puce", "> pas une citation", "`code`", "~~barré~~", "&eacute; &#x41;", "a\\b", "___", "---",
        "12) x", "+ x", "x  \nretour", "<!-- toc -->", "<mark class=\"authorised\">Autorisé</mark>", "http://exemple.fr",
        "\\[!WARNING\\]", "=====", "Rendez-vous à 14:30 ; coût 12,50 € !"})
    void userTextPrintsLiterally(String typed) {
        String markdown = "Texte : " + MarkdownEscaper.escape(typed) + "\n";

        Node root = new DocumentParser().parse(markdown, DocumentFixtures.charterMeta()).root();

        assertThat(root.getFirstChild()).isInstanceOf(Paragraph.class);
        assertThat(root.getFirstChild().getNext()).isNull();
        assertThat(textOf(root)).isEqualTo("Texte : " + typed.replace("\n", " "));
    }

    private static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        // French typography (no-break spaces before « : ! ? ») is applied to every text, user text included
        return out.toString().replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
