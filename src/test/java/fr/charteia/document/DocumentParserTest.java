package fr.charteia.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/** The conventions of templates/README.md become nodes of their own; escaped text never does. */
class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void directivesBecomeTheirOwnNodesInDocumentOrder() {
        DocumentTree tree = parser.parse(DocumentFixtures.conventionsMarkdown(), DocumentFixtures.charterMeta());

        List<String> blocks = new ArrayList<>();
        for (Node node = tree.root().getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(node.getClass().getSimpleName());
        }
        assertThat(blocks).startsWith("Cartouche", "PageBreak", "Heading", "TableOfContents", "PageBreak", "Heading");
        assertThat(blocks).contains("Callout", "BlockQuote", "SignatureTable").doesNotContain("HtmlBlock");
    }

    @Test
    void calloutKeepsItsTypeAndLosesItsMarker() {
        DocumentTree tree = parser.parse("> [!IMPORTANT]\n> Tout ce qui n'est pas autorisé est **interdit**.\n",
                DocumentFixtures.charterMeta());

        Callout callout = (Callout) tree.root().getFirstChild();
        assertThat(callout.type()).isEqualTo(Callout.Type.IMPORTANT);
        assertThat(textOf(callout)).isEqualTo("Tout ce qui n'est pas autorisé est interdit.");
    }

    @Test
    void escapedMarkerInUserTextStaysAPlainQuote() {
        DocumentTree tree = parser.parse("> \\[!WARNING\\] texte saisi par l'utilisateur\n", DocumentFixtures.charterMeta());

        assertThat(tree.root().getFirstChild()).isInstanceOf(BlockQuote.class);
        assertThat(textOf(tree.root())).isEqualTo("[!WARNING] texte saisi par l'utilisateur");
    }

    @Test
    void statusMarksHoldTheirWordInsideTableCells() {
        DocumentTree tree = parser.parse(DocumentFixtures.conventionsMarkdown(), DocumentFixtures.charterMeta());

        List<StatusMark> marks = new ArrayList<>();
        tree.root().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof StatusMark mark) {
                    marks.add(mark);
                }
                visitChildren(node);
            }
        });
        assertThat(marks).extracting(StatusMark::status).containsExactly(
                Status.FORBIDDEN, Status.UNADDRESSED, Status.AUTHORISED,
                Status.FORBIDDEN, Status.CONDITIONAL, Status.AUTHORISED,
                Status.CONDITIONAL, Status.CONDITIONAL, Status.AUTHORISED);
        assertThat(marks).extracting(DocumentParserTest::textOf).startsWith("Interdit", "Interdit*", "Autorisé");
    }

    @Test
    void signatureDirectiveWrapsTheFollowingTable() {
        DocumentTree tree = parser.parse("<!-- signatures -->\n\n| Nom | Signature |\n|---|---|\n| | |\n",
                DocumentFixtures.charterMeta());

        Node first = tree.root().getFirstChild();
        assertThat(first).isInstanceOf(SignatureTable.class);
        assertThat(first.getFirstChild()).isInstanceOf(TableBlock.class);
    }

    @Test
    void escapedUserTextPrintsLiterally() {
        DocumentTree tree = parser.parse("\\*\\*x\\*\\* \\# x \\| x \\<b\\> \\[a\\]\\(b\\) \\{\\{x\\}\\}\n",
                DocumentFixtures.charterMeta());

        assertThat(textOf(tree.root())).isEqualTo("**x** # x | x <b> [a](b) {{x}}");
    }

    @Test
    void unknownHtmlFromATemplateIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parser.parse("# Titre\n\n<div>x</div>\n", DocumentFixtures.charterMeta()))
                .isInstanceOf(MarkupException.class)
                .hasMessage("unsupported HTML at line 3 of the rendered Markdown: <div>x</div> (see templates/README.md "
                        + "for the directives)");
        assertThatThrownBy(() -> parser.parse("| a |\n|---|\n| <mark class=\"vert\">ok</mark> |\n", DocumentFixtures.charterMeta()))
                .isInstanceOf(MarkupException.class)
                .hasMessageContaining("unknown status class \"vert\"");
    }

    @Test
    void headingsKeepTheirLevels() {
        DocumentTree tree = parser.parse(DocumentFixtures.conventionsMarkdown(), DocumentFixtures.charterMeta());

        List<Integer> levels = new ArrayList<>();
        tree.root().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                levels.add(heading.getLevel());
            }

            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }
        });
        assertThat(levels).containsExactly(1, 1, 2, 3, 1);
    }

    static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak br) {
                out.append(' ');
            }

            @Override
            public void visit(CustomNode custom) {
                visitChildren(custom);
            }

            @Override
            public void visit(CustomBlock custom) {
                visitChildren(custom);
            }
        });
        return out.toString();
    }
}
