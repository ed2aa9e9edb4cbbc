package fr.charteia.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses the Markdown of a rendered template, once, into the tree all writers walk, and turns
 * the conventions of templates/README.md into nodes of their own: callouts, page breaks, table of
 * contents, cartouche, signature tables and status marks. Any other raw HTML is refused: only
 * templates can write it (user values are escaped), so it is a template author's mistake.
 */
public final class DocumentParser {

    private static final Pattern CALLOUT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARK_OPEN = Pattern.compile("<mark class=\"([a-z]+)\">");

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    public DocumentTree parse(String markdown, DocumentMeta meta) {
        Document root = (Document) parser.parse(markdown);
        String[] lines = markdown.split("\n", -1);
        groupColumns(root);
        List<Runnable> changes = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                changes.add(() -> replaceDirective(block));
            }

            @Override
            public void visit(BlockQuote quote) {
                changes.add(() -> calloutOf(quote, lines));
                visitChildren(quote);
            }

            @Override
            public void visit(HtmlInline html) {
                changes.add(() -> statusMarkOf(html));
            }
        });
        changes.forEach(Runnable::run);
        applyTypography(root, Typography.of(meta.language()));
        return new DocumentTree(meta, root);
    }

    /** Typography of the document's language, once for every writer. */
    private static void applyTypography(Document root, Typography typography) {
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                text.setLiteral(typography.apply(text.getLiteral()));
            }

            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                visitChildren(node);
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock node) {
                visitChildren(node);
            }
        });
    }

    /** Wraps what lies between {@code <!-- columns -->} and {@code <!-- /columns -->} into columns. */
    private static void groupColumns(Document root) {
        Node node = root.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof HtmlBlock start && directive(start).equals("<!-- columns -->")) {
                Columns columns = new Columns();
                start.insertBefore(columns);
                Node child = start.getNext();
                Column column = null;
                while (child != null && !(child instanceof HtmlBlock end && directive(end).equals("<!-- /columns -->"))) {
                    Node following = child.getNext();
                    if (column == null || child instanceof org.commonmark.node.Heading) {
                        column = new Column();
                        columns.appendChild(column);
                    }
                    column.appendChild(child);
                    child = following;
                }
                if (child == null) {
                    throw new MarkupException("<!-- columns -->" + where(start) + " is not closed by <!-- /columns -->");
                }
                next = child.getNext();
                child.unlink();
                start.unlink();
            }
            node = next;
        }
    }

    private static String directive(HtmlBlock block) {
        return block.getLiteral().strip().toLowerCase(Locale.ROOT);
    }

    private static void replaceDirective(HtmlBlock block) {
        switch (directive(block)) {
            case "<!-- toc -->" -> replace(block, new TableOfContents());
            case "<!-- pagebreak -->" -> replace(block, new PageBreak());
            case "<!-- cartouche -->" -> replace(block, new Cartouche());
            case "<!-- signatures -->" -> wrapTable(block, "<!-- signatures -->", new SignatureTable());
            case "<!-- compact -->" -> wrapTable(block, "<!-- compact -->", new CompactTable());
            default -> throw new MarkupException("unsupported HTML" + where(block) + ": " + block.getLiteral().strip()
                    + " (see templates/README.md for the directives)");
        }
    }

    /** A directive that applies to the table after it: the table becomes the wrapper's only child. */
    private static void wrapTable(HtmlBlock block, String directive, Node wrapper) {
        Node table = block.getNext();
        if (!(table instanceof TableBlock)) {
            throw new MarkupException(directive + where(block) + " must be followed by a table");
        }
        block.insertAfter(wrapper);
        wrapper.appendChild(table);
        block.unlink();
    }

    /** A block quote whose first line is, in the source, literally {@code [!TYPE]}; escaped text never is. */
    private static void calloutOf(BlockQuote quote, String[] lines) {
        if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text text)) {
            return;
        }
        List<SourceSpan> spans = text.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan span = spans.get(0);
        String source = lines[span.getLineIndex()].substring(span.getColumnIndex());
        Matcher marker = CALLOUT.matcher(source);
        if (!marker.lookingAt() || !text.getLiteral().startsWith("[!")) {
            return;
        }
        Callout callout = new Callout(Callout.Type.parse(marker.group(1)));
        String rest = text.getLiteral().substring(Math.min(text.getLiteral().length(),
                text.getLiteral().indexOf(']') + 1)).stripLeading();
        if (rest.isEmpty()) {
            Node next = text.getNext();
            text.unlink();
            if (next instanceof SoftLineBreak) {
                next.unlink();
            }
        } else {
            text.setLiteral(rest);
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        Node child = quote.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            callout.appendChild(child);
            child = next;
        }
        replace(quote, callout);
    }

    /** {@code <mark class="x">word</mark>} becomes a {@link StatusMark} holding the word. */
    private static void statusMarkOf(HtmlInline html) {
        if (html.getParent() == null) {
            return;
        }
        String literal = html.getLiteral();
        if (literal.equals("</mark>")) {
            return;
        }
        Matcher open = MARK_OPEN.matcher(literal);
        if (!open.matches()) {
            throw new MarkupException("unsupported inline HTML" + where(html) + ": " + literal
                    + " (only <mark class=\"…\"> for status cells, see templates/README.md)");
        }
        Status status = Status.ofClass(open.group(1)).orElseThrow(() -> new MarkupException(
                "unknown status class \"" + open.group(1) + "\"" + where(html)
                        + " (authorised, conditional, forbidden or unaddressed)"));
        StatusMark mark = new StatusMark(status);
        html.insertBefore(mark);
        Node node = html.getNext();
        while (node != null && !(node instanceof HtmlInline close && close.getLiteral().equals("</mark>"))) {
            Node next = node.getNext();
            mark.appendChild(node);
            node = next;
        }
        if (node == null) {
            throw new MarkupException("<mark>" + where(html) + " is not closed by </mark> in the same cell");
        }
        node.unlink();
        html.unlink();
    }

    private static void replace(Node old, Node replacement) {
        old.insertBefore(replacement);
        old.unlink();
    }

    private static String where(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? "" : " at line " + (spans.get(0).getLineIndex() + 1) + " of the rendered Markdown";
    }
}
