package fr.charteia.render.pdf;

import fr.charteia.document.PlainText;
import fr.charteia.document.Callout;
import fr.charteia.document.Cartouche;
import fr.charteia.document.Column;
import fr.charteia.document.Columns;
import fr.charteia.document.CompactTable;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.Logo;
import fr.charteia.document.PageBreak;
import fr.charteia.document.Signatory;
import fr.charteia.document.SignatureTable;
import fr.charteia.document.StatusMark;
import fr.charteia.document.TableOfContents;
import fr.charteia.document.UnbreakableText;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Walks a document tree and writes it as XHTML for the print stylesheet: one element per block,
 * the blocks the writers draw themselves (cartouche, table of contents, running header and
 * footer), and the outline ({@code <bookmarks>}) openhtmltopdf turns into PDF bookmarks. Every
 * text goes through {@link Markup}, so user text never becomes markup, and through the
 * typography of the document language. One instance per document.
 */
final class XhtmlWriter {

    /** Levels written in the table of contents, as in the Word file. */
    static final int DEEPEST_LISTED = TableOfContents.DEEPEST_LISTED;
    /** Headings deeper than this are drawn at this level, as in the Word file. */
    static final int DEEPEST_HEADING = 3;
    private static final int EXCERPT = 60;
    /** A no-break space and the punctuation it holds, at the start of a text. */
    private static final Pattern STICKY_START = Pattern.compile("[\u00A0\u202F][;:!?»]+");
    /** An opening guillemet and its no-break space, at the end of a text. */
    private static final Pattern STICKY_END = Pattern.compile("«[\u00A0\u202F]$");

    /** A heading of the document: its element id, level and text. */
    record HeadingEntry(String id, int level, String text) {
    }

    private final DocumentMeta meta;
    private final UnaryOperator<String> typography;
    private final Markup out = new Markup(64 * 1024);
    private final List<TextRun> texts = new ArrayList<>();
    private final List<HeadingEntry> headings = new ArrayList<>();
    private final Map<Heading, HeadingEntry> byHeading = new IdentityHashMap<>();
    private final Map<Heading, Boolean> tocTitles = new IdentityHashMap<>();
    private String place = "document";
    /** What {@link #glue} moves: text added after or before a leaf, characters dropped from a text's ends. */
    private final Map<Node, String> append = new IdentityHashMap<>();
    private final Map<Node, String> prepend = new IdentityHashMap<>();
    private final Map<Node, Integer> dropLeading = new IdentityHashMap<>();
    private final Map<Node, Integer> dropTrailing = new IdentityHashMap<>();
    private final Map<Node, String> typesetNodes = new IdentityHashMap<>();

    private XhtmlWriter(DocumentMeta meta) {
        this.meta = meta;
        this.typography = DocumentParser.typography(meta.language());
    }

    /** Writes the tree with the stylesheet inlined; {@code tightening} 1 to 3 sets the sheet's fit-N class. */
    static XhtmlDocument write(DocumentTree tree, String stylesheet, int tightening) {
        XhtmlWriter writer = new XhtmlWriter(tree.meta());
        writer.collectHeadings(tree.root());
        String xhtml = writer.document(tree.root(), stylesheet, tightening);
        return new XhtmlDocument(xhtml, writer.texts, writer.headings, tightening);
    }

    // ------------------------------------------------------------------ document

    private String document(Node root, String stylesheet, int tightening) {
        String language = meta.language();
        out.raw("<!DOCTYPE html>\n");
        out.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language, "xml:lang", language);
        out.open("head");
        out.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8");
        out.element("title", meta.title());
        out.empty("meta", "name", "author", "content", meta.organisation());
        out.empty("meta", "name", "subject", "content", meta.subject());
        out.empty("meta", "name", "keywords", "content", String.join(", ", meta.keywords()));
        out.open("style", "type", "text/css").raw("\n").raw(stylesheet).raw("\n").close("style");
        bookmarks();
        out.close("head");

        String kind = meta.kind() == DocumentKind.SHEET ? "sheet" : "charter";
        out.open("body", "class", tightening > 0 ? kind + " fit-" + tightening : kind);
        runningHeader();
        runningFooter();
        blocks(root);
        out.close("body");
        out.close("html");
        return out.finish();
    }

    /** Every heading becomes a bookmark, nested by level: a level 3 under the last level 2 or 1. */
    private void bookmarks() {
        if (headings.isEmpty()) {
            return;
        }
        out.open("bookmarks");
        List<Integer> openLevels = new ArrayList<>();
        for (HeadingEntry heading : headings) {
            while (!openLevels.isEmpty() && openLevels.get(openLevels.size() - 1) >= heading.level()) {
                out.close("bookmark");
                openLevels.remove(openLevels.size() - 1);
            }
            out.open("bookmark", "name", heading.text(), "href", "#" + heading.id());
            openLevels.add(heading.level());
        }
        for (int i = 0; i < openLevels.size(); i++) {
            out.close("bookmark");
        }
        out.close("bookmarks");
    }

    private void runningHeader() {
        place = "running header";
        out.open("div", "class", "running-header");
        Optional<Logo> logo = meta.logo();
        if (logo.isPresent()) {
            out.open("div", "class", "logo-cell");
            out.empty("img", "class", "logo", "src", dataUri(logo.get()), "alt", logo.get().description());
            out.close("div");
        }
        String separator = meta.label("header.separator");
        out.open("div", "class", "text-cell");
        text(meta.organisation() + separator + meta.service() + separator + meta.reference());
        out.close("div");
        out.close("div");
    }

    private void runningFooter() {
        place = "footer";
        out.open("div", "class", "running-footer");
        text(meta.label("footer.version") + " " + meta.version() + meta.label("header.separator")
                + meta.label("footer.page") + " ");
        out.open("span", "class", "page-number").close("span");
        text(" " + meta.label("footer.of") + " ");
        out.open("span", "class", "page-count").close("span");
        out.close("div");
    }

    /** The logo as a data URI: the one image of the document, carried inside it. */
    static String dataUri(Logo logo) {
        String type = logo.format() == Logo.Format.PNG ? "image/png" : "image/jpeg";
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(logo.bytes());
    }

    // ------------------------------------------------------------------ blocks

    private void blocks(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            block(child);
        }
    }

    private void block(Node node) {
        if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof Paragraph paragraph) {
            place = "paragraph " + excerpt(paragraph);
            out.open("p", "class", introduces(paragraph.getNext()) ? "lead-in" : null);
            inlines(paragraph);
            out.close("p");
        } else if (node instanceof ListBlock list) {
            list(list);
        } else if (node instanceof TableBlock table) {
            table(table, false, false);
        } else if (node instanceof SignatureTable signatures) {
            if (signatures.getFirstChild() instanceof TableBlock table) {
                table(table, true, false);
            }
        } else if (node instanceof CompactTable compact) {
            if (compact.getFirstChild() instanceof TableBlock table) {
                table(table, false, true);
            }
        } else if (node instanceof Columns columns) {
            columns(columns);
        } else if (node instanceof Callout callout) {
            out.open("div", "class", "callout callout-" + callout.type().name().toLowerCase(Locale.ROOT));
            blocks(callout);
            out.close("div");
        } else if (node instanceof BlockQuote quote) {
            out.open("blockquote");
            blocks(quote);
            out.close("blockquote");
        } else if (node instanceof PageBreak) {
            out.open("div", "class", "page-break").close("div");
        } else if (node instanceof TableOfContents) {
            tableOfContents(node);
        } else if (node instanceof Cartouche) {
            if (meta.kind() == DocumentKind.SHEET) {
                compactCartouche();
            } else {
                cartouche();
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
            blocks(node);
        }
    }

    /** A lead-in sentence stays on the page of the list or table it introduces. */
    private static boolean introduces(Node next) {
        return next instanceof ListBlock || next instanceof TableBlock || next instanceof SignatureTable
                || next instanceof CompactTable;
    }

    private void heading(Heading heading) {
        place = "heading " + excerpt(heading);
        int level = Math.max(1, Math.min(DEEPEST_HEADING, heading.getLevel()));
        if (tocTitles.containsKey(heading)) {
            out.open("h" + level, "class", "toc-title");
        } else {
            out.open("h" + level, "id", byHeading.get(heading).id());
        }
        inlines(heading);
        out.close("h" + level);
    }

    private void pre(String literal) {
        place = "text block " + excerpt(literal);
        out.open("pre");
        text(literal.stripTrailing());
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
                blocks(item);
                out.close("li");
            }
        }
        out.close(name);
    }

    private void columns(Columns columns) {
        List<Column> cells = new ArrayList<>();
        for (Node child = columns.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Column column) {
                cells.add(column);
            }
        }
        if (cells.isEmpty()) {
            return;
        }
        out.open("div", "class", "columns");
        for (int i = 0; i < cells.size(); i++) {
            String position = (i == 0 ? " first" : "") + (i == cells.size() - 1 ? " last" : "");
            out.open("div", "class", "column" + position);
            blocks(cells.get(i));
            out.close("div");
        }
        out.close("div");
    }

    // ------------------------------------------------------------------ tables

    private void table(TableBlock block, boolean signatures, boolean compact) {
        List<TableRow> head = rows(block, TableHead.class);
        List<TableRow> body = rows(block, TableBody.class);
        int columns = 0;
        for (TableRow row : head) {
            columns = Math.max(columns, cells(row).size());
        }
        for (TableRow row : body) {
            columns = Math.max(columns, cells(row).size());
        }
        if (columns == 0) {
            return;
        }
        boolean matrix = !signatures && hasStatus(block);
        out.open("table", "class", signatures ? "signatures" : matrix ? "matrix" : compact ? "data compact" : "data");
        if (!signatures) {
            double[] shares = ColumnShares.of(meta.kind(), matrix, compact, columns, texts(head), texts(body));
            out.open("colgroup");
            for (double share : shares) {
                out.empty("col", "style", String.format(Locale.ROOT, "width: %.2f%%", share));
            }
            out.close("colgroup");
        }
        if (!head.isEmpty()) {
            out.open("thead");
            for (TableRow row : head) {
                row(row, columns, true, false);
            }
            out.close("thead");
        }
        out.open("tbody");
        for (TableRow row : body) {
            row(row, columns, false, matrix);
        }
        out.close("tbody");
        out.close("table");
    }

    private void row(TableRow row, int columns, boolean header, boolean rowHeaders) {
        out.open("tr");
        List<TableCell> cells = cells(row);
        for (int c = 0; c < columns; c++) {
            TableCell cell = c < cells.size() ? cells.get(c) : null;
            place = (header ? "table header " : "table cell ") + (cell == null ? "(empty)" : excerpt(cell));
            Optional<StatusMark> status = cell == null ? Optional.empty() : StatusMark.findIn(cell);
            List<String> classes = new ArrayList<>();
            if (cell != null && cell.getAlignment() != null) {
                classes.add("align-" + cell.getAlignment().name().toLowerCase(Locale.ROOT));
            }
            status.ifPresent(mark -> {
                classes.add("status");
                classes.add("status-" + mark.status().cssClass());
            });
            String classAttribute = classes.isEmpty() ? null : String.join(" ", classes);
            if (header) {
                out.open("th", "scope", "col", "class", classAttribute);
            } else if (rowHeaders && c == 0) {
                out.open("th", "scope", "row", "class", classAttribute);
            } else {
                out.open("td", "class", classAttribute);
            }
            if (cell != null) {
                inlines(cell);
            }
            out.close(header || (rowHeaders && c == 0) ? "th" : "td");
        }
        out.close("tr");
    }

    private static List<List<String>> texts(List<TableRow> rows) {
        List<List<String>> texts = new ArrayList<>();
        for (TableRow row : rows) {
            texts.add(cells(row).stream().map(PlainText::of).toList());
        }
        return texts;
    }

    private static List<TableRow> rows(TableBlock block, Class<? extends Node> section) {
        List<TableRow> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            if (section.isInstance(part)) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow tableRow) {
                        rows.add(tableRow);
                    }
                }
            }
        }
        return rows;
    }

    private static List<TableCell> cells(TableRow row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                cells.add(tableCell);
            }
        }
        return cells;
    }

    private static boolean hasStatus(Node node) {
        return StatusMark.findIn(node).isPresent();
    }


    // ------------------------------------------------------------------ cartouche

    /**
     * The charter's cartouche, as in the Word file: document type and title; organisation,
     * department, reference; version and dates; written / reviewed / approved by, with room to sign;
     * distribution.
     */
    private void cartouche() {
        place = "cartouche";
        out.open("table", "class", "cartouche");
        out.open("colgroup");
        for (int i = 0; i < 3; i++) {
            out.empty("col", "style", "width: 33.33%");
        }
        out.close("colgroup");
        out.open("tbody");

        out.open("tr");
        out.open("td");
        // No logo here: the running header prints it on every page, page one included, as in the Word file.
        label(meta.label("cartouche.documentType"));
        out.open("div", "class", "value");
        text(meta.documentType());
        out.close("div");
        out.close("td");
        out.open("td", "colspan", "2");
        label(meta.label("cartouche.title"));
        out.open("div", "class", "title");
        text(meta.title());
        out.close("div");
        out.close("td");
        out.close("tr");

        out.open("tr");
        field(meta.label("cartouche.organisation"), meta.organisation(), null);
        field(meta.label("cartouche.service"), meta.service(), meta.unit().orElse(null));
        field(meta.label("cartouche.reference"), meta.reference(), meta.parentReference()
                .map(parent -> meta.label("cartouche.parentReference") + " " + parent).orElse(null));
        out.close("tr");

        out.open("tr");
        field(meta.label("cartouche.version"), meta.version(), null);
        field(meta.label("cartouche.effectiveDate"), meta.effectiveDateText(), null);
        field(meta.label("cartouche.reviewDate"), meta.reviewDateText(), null);
        out.close("tr");

        List<String> roles = List.of(meta.label("cartouche.writtenBy"), meta.label("cartouche.reviewedBy"),
                meta.label("cartouche.approvedBy"));
        out.open("tr");
        for (String role : roles) {
            out.open("th", "scope", "col");
            text(role);
            out.close("th");
        }
        out.close("tr");
        out.open("tr");
        for (List<Signatory> column : meta.signatories()) {
            out.open("td");
            for (Signatory signatory : column) {
                out.open("div", "class", "value");
                text(signatory.name());
                out.close("div");
                out.open("div");
                text(signatory.title());
                out.close("div");
            }
            out.close("td");
        }
        out.close("tr");
        out.open("tr");
        for (int i = 0; i < 3; i++) {
            out.open("td", "class", "signature");
            label(meta.label("cartouche.signature"));
            out.close("td");
        }
        out.close("tr");

        if (!meta.distribution().isEmpty()) {
            out.open("tr");
            out.open("td", "colspan", "3");
            label(meta.label("cartouche.distribution"));
            out.open("div", "class", "value");
            text(meta.distributionLine());
            out.close("div");
            out.close("td");
            out.close("tr");
        }
        out.close("tbody");
        out.close("table");
    }

    /** The sheet's cartouche on two lines: type and title, then organisation, department, reference, version, date. */
    private void compactCartouche() {
        place = "cartouche";
        double[] widths = {30, 26, 20, 10, 14};
        out.open("table", "class", "cartouche compact");
        out.open("colgroup");
        for (double width : widths) {
            out.empty("col", "style", String.format(Locale.ROOT, "width: %.0f%%", width));
        }
        out.close("colgroup");
        out.open("tbody");
        out.open("tr");
        out.open("td", "colspan", Integer.toString(widths.length));
        label(meta.documentType());
        out.open("div", "class", "title");
        text(meta.title());
        out.close("div");
        out.close("td");
        out.close("tr");
        out.open("tr");
        field(meta.label("cartouche.organisation"), meta.organisation(), null);
        field(meta.label("cartouche.service"), meta.service(), null);
        field(meta.label("cartouche.reference"), meta.reference(), null);
        field(meta.label("cartouche.version"), meta.version(), null);
        field(meta.label("cartouche.effectiveDate"), meta.effectiveDateText(), null);
        out.close("tr");
        out.close("tbody");
        out.close("table");
    }

    /** A labelled value: the label small and grey above the value in bold, then an optional note. */
    private void field(String label, String value, String note) {
        out.open("td");
        label(label);
        out.open("div", "class", "value");
        text(value);
        out.close("div");
        if (note != null) {
            label(note);
        }
        out.close("td");
    }

    private void label(String label) {
        out.open("div", "class", "label");
        text(label);
        out.close("div");
    }

    // ------------------------------------------------------------------ table of contents

    /**
     * The headings listed (see TableOfContents), each a link to its heading whose page number the layout
     * engine writes after a dotted leader. Under the title of the language, unless the template
     * wrote its own heading just before; not on the sheet, as in the Word file.
     */
    private void tableOfContents(Node node) {
        if (meta.kind() == DocumentKind.SHEET) {
            return;
        }
        out.open("div", "class", "toc");
        if (!(node.getPrevious() instanceof Heading previous && tocTitles.containsKey(previous))) {
            place = "table of contents title";
            out.open("h1", "class", "toc-title");
            text(meta.label("toc.title"));
            out.close("h1");
        }
        List<HeadingEntry> listed = headings.stream().filter(h -> h.level() <= DEEPEST_LISTED).toList();
        if (!listed.isEmpty()) {
            out.open("ul");
            for (HeadingEntry heading : listed) {
                place = "table of contents « " + shorten(heading.text()) + " »";
                out.open("li", "class", "toc-" + heading.level());
                out.open("a", "href", "#" + heading.id(), "title", heading.text());
                text(heading.text());
                out.close("a");
                out.close("li");
            }
            out.close("ul");
        }
        out.close("div");
    }

    private void collectHeadings(Node root) {
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getNext() instanceof TableOfContents) {
                    tocTitles.put(heading, Boolean.TRUE);
                    return;
                }
                HeadingEntry entry = new HeadingEntry("h-" + (headings.size() + 1),
                        Math.max(1, Math.min(DEEPEST_HEADING, heading.getLevel())), PlainText.of(heading));
                headings.add(entry);
                byHeading.put(heading, entry);
            }
        });
    }

    // ------------------------------------------------------------------ inlines

    private void inlines(Node parent) {
        glue(parent);
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            inline(child);
        }
    }

    /**
     * Keeps French punctuation with the word it belongs to across an inline element: the layout engine
     * may break a line where an element ends or starts, whatever the no-break space says, so that
     * « **interdit** : jamais » could leave « : jamais » at the start of a line. The no-break space and
     * the punctuation after an element move into the element's last text (the colon then takes its
     * bold), and an opening guillemet with its space moves into the first text of the element after it.
     */
    private void glue(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            Node next = child.getNext();
            if (next instanceof Text following && isInlineElement(child)) {
                Matcher leading = STICKY_START.matcher(typeset(following));
                Node last = edgeLeaf(child, false);
                if (leading.lookingAt() && last != null) {
                    append.merge(last, leading.group(), (a, b) -> a + b);
                    dropLeading.put(following, leading.end());
                }
            } else if (child instanceof Text preceding && next != null && isInlineElement(next)) {
                Matcher trailing = STICKY_END.matcher(typeset(preceding));
                Node first = edgeLeaf(next, true);
                if (trailing.find() && first != null) {
                    prepend.merge(first, trailing.group(), (a, b) -> b + a);
                    dropTrailing.put(preceding, trailing.group().length());
                }
            }
        }
    }

    private static boolean isInlineElement(Node node) {
        return node instanceof StrongEmphasis || node instanceof Emphasis || node instanceof StatusMark
                || node instanceof Link || node instanceof Code;
    }

    /** The first or last text of an inline element, if its edge is text; null if it is a break or an image. */
    private static Node edgeLeaf(Node node, boolean first) {
        Node current = node;
        while (current != null) {
            if (current instanceof Text || current instanceof Code) {
                return current;
            }
            if (!isInlineElement(current)) {
                return null;
            }
            current = first ? current.getFirstChild() : current.getLastChild();
        }
        return null;
    }

    private String typeset(Node node) {
        return typesetNodes.computeIfAbsent(node, n -> typography.apply(n instanceof Code code ? code.getLiteral()
                : ((Text) n).getLiteral()));
    }

    /** A text or code node, typeset, with what {@link #glue} moved in or out. */
    private void leaf(Node node) {
        String text = typeset(node);
        int start = dropLeading.getOrDefault(node, 0);
        int end = text.length() - dropTrailing.getOrDefault(node, 0);
        text = prepend.getOrDefault(node, "") + text.substring(start, Math.max(start, end)) + append.getOrDefault(node, "");
        if (!text.isEmpty()) {
            texts.add(new TextRun(text, place));
            print(text);
        }
    }

    /** Escaped text, each phone number and e-mail address in a span that keeps it on one line. */
    private void print(String text) {
        int done = 0;
        for (UnbreakableText.Range range : UnbreakableText.ranges(text)) {
            out.text(text.substring(done, range.start()));
            out.open("span", "class", "nowrap").text(text.substring(range.start(), range.end())).close("span");
            done = range.end();
        }
        out.text(text.substring(done));
    }

    private void inline(Node node) {
        if (node instanceof Text) {
            leaf(node);
        } else if (node instanceof SoftLineBreak) {
            text(" ");
        } else if (node instanceof HardLineBreak) {
            out.empty("br");
        } else if (node instanceof StrongEmphasis || node instanceof StatusMark) {
            out.open("strong");
            inlines(node);
            out.close("strong");
        } else if (node instanceof Emphasis) {
            out.open("em");
            inlines(node);
            out.close("em");
        } else if (node instanceof Code code) {
            out.open("code");
            leaf(code);
            out.close("code");
        } else if (node instanceof Link link) {
            link(link);
        } else if (node instanceof Image) {
            // Nothing is fetched: an image prints its description.
            inlines(node);
        } else if (node instanceof HtmlInline html) {
            text(html.getLiteral());
        } else {
            inlines(node);
        }
    }

    /** A link is clickable only for web and mail addresses; any other destination prints its text alone. */
    private void link(Link link) {
        String destination = link.getDestination();
        if (!isWebOrMail(destination)) {
            inlines(link);
            return;
        }
        String label = PlainText.of(link);
        out.open("a", "href", destination, "title", label.isEmpty() ? destination : label);
        if (link.getFirstChild() == null) {
            text(destination);
        } else {
            inlines(link);
        }
        out.close("a");
    }

    static boolean isWebOrMail(String destination) {
        String lower = destination.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                && destination.chars().noneMatch(c -> c <= ' ');
    }

    /** A text of the document: typography of its language, noted for the glyph check, escaped. */
    private void text(String literal) {
        String typeset = typography.apply(literal);
        texts.add(new TextRun(typeset, place));
        print(typeset);
    }

    private static String excerpt(Node node) {
        return excerpt(PlainText.of(node));
    }

    private static String excerpt(String text) {
        return "« " + shorten(text) + " »";
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= EXCERPT) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
