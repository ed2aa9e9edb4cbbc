package fr.charteia.render.pdf;

import fr.charteia.document.LinkPolicy;
import fr.charteia.document.PlainText;
import fr.charteia.document.StatusMark;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The inline content of a block (text, emphasis, code, links, breaks, status words) as XHTML.
 * Nothing is fetched: an image prints its description, a link is clickable only when
 * {@link LinkPolicy} allows it. French punctuation is kept with the word it belongs to across an
 * element's edge (see {@link #glue}). One instance per document.
 */
final class XhtmlInlines {

    /** A no-break space and the punctuation it holds, at the start of a text. */
    private static final Pattern STICKY_START = Pattern.compile("[\u00A0\u202F][;:!?»]+");
    /** An opening guillemet and its no-break space, at the end of a text. */
    private static final Pattern STICKY_END = Pattern.compile("«[\u00A0\u202F]$");

    private final Markup out;
    private final XhtmlText text;
    /** What {@link #glue} moves: text added after or before a leaf, characters dropped from a text's ends. */
    private final Map<Node, String> append = new IdentityHashMap<>();
    private final Map<Node, String> prepend = new IdentityHashMap<>();
    private final Map<Node, Integer> dropLeading = new IdentityHashMap<>();
    private final Map<Node, Integer> dropTrailing = new IdentityHashMap<>();
    private final Map<Node, String> typesetNodes = new IdentityHashMap<>();

    XhtmlInlines(Markup out, XhtmlText text) {
        this.out = out;
        this.text = text;
    }

    /** The children of {@code parent}, a paragraph, a heading, a table cell or an inline element. */
    void write(Node parent) {
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
        return typesetNodes.computeIfAbsent(node, n -> text.typeset(n instanceof Code code ? code.getLiteral()
                : ((Text) n).getLiteral()));
    }

    /** A text or code node, typeset, with what {@link #glue} moved in or out. */
    private void leaf(Node node) {
        String typeset = typeset(node);
        int start = dropLeading.getOrDefault(node, 0);
        int end = typeset.length() - dropTrailing.getOrDefault(node, 0);
        String moved = prepend.getOrDefault(node, "") + typeset.substring(start, Math.max(start, end))
                + append.getOrDefault(node, "");
        if (!moved.isEmpty()) {
            text.typesetText(moved);
        }
    }

    private void inline(Node node) {
        if (node instanceof Text) {
            leaf(node);
        } else if (node instanceof SoftLineBreak) {
            text.text(" ");
        } else if (node instanceof HardLineBreak) {
            out.empty("br");
        } else if (node instanceof StrongEmphasis || node instanceof StatusMark) {
            out.open("strong");
            write(node);
            out.close("strong");
        } else if (node instanceof Emphasis) {
            out.open("em");
            write(node);
            out.close("em");
        } else if (node instanceof Code code) {
            out.open("code");
            leaf(code);
            out.close("code");
        } else if (node instanceof Link link) {
            link(link);
        } else if (node instanceof Image) {
            // Nothing is fetched: an image prints its description.
            write(node);
        } else if (node instanceof HtmlInline html) {
            text.text(html.getLiteral());
        } else {
            write(node);
        }
    }

    /** A link is clickable only for web and mail addresses; any other destination prints its text alone. */
    private void link(Link link) {
        String destination = link.getDestination();
        if (!LinkPolicy.isClickable(destination)) {
            write(link);
            return;
        }
        String label = PlainText.of(link);
        out.open("a", "href", destination, "title", label.isEmpty() ? destination : label);
        if (link.getFirstChild() == null) {
            text.text(destination);
        } else {
            write(link);
        }
        out.close("a");
    }
}
