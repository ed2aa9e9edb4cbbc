package fr.charteia.render.pdf;

import fr.charteia.document.Callout;
import fr.charteia.document.Cartouche;
import fr.charteia.document.Column;
import fr.charteia.document.Columns;
import fr.charteia.document.CompactTable;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.PageBreak;
import fr.charteia.document.SignatureTable;
import fr.charteia.document.TableOfContents;
import fr.charteia.document.TypesetMeta;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * The blocks of a document tree, one element each: headings, paragraphs, lists, callouts, block
 * quotes, code, side-by-side columns and page breaks here; tables, the cartouche and the table of
 * contents through their own parts. The sheet has no table of contents, as in the Word file.
 */
final class XhtmlBlocks {

    private final Markup out;
    private final XhtmlText text;
    private final XhtmlHeadings headings;
    private final XhtmlInlines inlines;
    private final XhtmlTables tables;
    private final XhtmlCartouche cartouche;
    private final TypesetMeta meta;
    private final DocumentKind kind;

    XhtmlBlocks(Markup out, XhtmlText text, XhtmlHeadings headings, TypesetMeta meta, DocumentKind kind) {
        this.out = out;
        this.text = text;
        this.headings = headings;
        this.meta = meta;
        this.kind = kind;
        this.inlines = new XhtmlInlines(out, text);
        this.tables = new XhtmlTables(out, text, inlines, kind);
        this.cartouche = new XhtmlCartouche(out, text, meta);
    }

    void write(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            block(child);
        }
    }

    private void block(Node node) {
        if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof Paragraph paragraph) {
            text.at("paragraph " + XhtmlText.excerpt(paragraph));
            out.open("p", "class", introduces(paragraph.getNext()) ? "lead-in" : null);
            inlines.write(paragraph);
            out.close("p");
        } else if (node instanceof ListBlock list) {
            list(list);
        } else if (node instanceof TableBlock table) {
            tables.write(table, XhtmlTables.Kind.PLAIN);
        } else if (node instanceof SignatureTable signatures) {
            if (signatures.getFirstChild() instanceof TableBlock table) {
                tables.write(table, XhtmlTables.Kind.SIGNATURES);
            }
        } else if (node instanceof CompactTable compact) {
            if (compact.getFirstChild() instanceof TableBlock table) {
                tables.write(table, XhtmlTables.Kind.COMPACT);
            }
        } else if (node instanceof Columns columns) {
            columns(columns);
        } else if (node instanceof Callout callout) {
            out.open("div", "class", "callout callout-" + callout.type().name().toLowerCase(Locale.ROOT));
            write(callout);
            out.close("div");
        } else if (node instanceof BlockQuote quote) {
            out.open("blockquote");
            write(quote);
            out.close("blockquote");
        } else if (node instanceof PageBreak) {
            out.open("div", "class", "page-break").close("div");
        } else if (node instanceof TableOfContents) {
            if (kind != DocumentKind.SHEET) {
                XhtmlTableOfContents.write(node, out, text, headings, meta);
            }
        } else if (node instanceof Cartouche) {
            if (kind == DocumentKind.SHEET) {
                cartouche.compact();
            } else {
                cartouche.full();
            }
        } else if (node instanceof ThematicBreak) {
            out.empty("hr");
        } else if (node instanceof FencedCodeBlock code) {
            pre(code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            pre(code.getLiteral());
        } else if (node instanceof HtmlBlock html) {
            pre(html.getLiteral());
        } else {
            write(node);
        }
    }

    /** A lead-in sentence stays on the page of the list or table it introduces. */
    private static boolean introduces(Node next) {
        return next instanceof ListBlock || next instanceof TableBlock || next instanceof SignatureTable
                || next instanceof CompactTable;
    }

    private void heading(Heading heading) {
        text.at("heading " + XhtmlText.excerpt(heading));
        String element = "h" + XhtmlHeadings.level(heading);
        if (headings.isTocTitle(heading)) {
            out.open(element, "class", "toc-title");
        } else {
            out.open(element, "id", headings.entry(heading).id());
        }
        inlines.write(heading);
        out.close(element);
    }

    private void pre(String literal) {
        text.at("text block " + XhtmlText.excerpt(literal));
        out.open("pre");
        text.text(literal.stripTrailing());
        out.close("pre");
    }

    private void list(ListBlock list) {
        String name = list instanceof OrderedList ? "ol" : "ul";
        String start = null;
        if (list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                && ordered.getMarkerStartNumber() != 1) {
            start = Integer.toString(ordered.getMarkerStartNumber());
        }
        out.open(name, "start", start);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                out.open("li");
                write(item);
                out.close("li");
            }
        }
        out.close(name);
    }

    /** Side-by-side columns: each starts with a heading; the first and last are classed for their margins. */
    private void columns(Columns columns) {
        List<Column> cells = columns.columns();
        if (cells.isEmpty()) {
            return;
        }
        out.open("div", "class", "columns");
        for (int i = 0; i < cells.size(); i++) {
            String position = (i == 0 ? " first" : "") + (i == cells.size() - 1 ? " last" : "");
            out.open("div", "class", "column" + position);
            write(cells.get(i));
            out.close("div");
        }
        out.close("div");
    }
}
