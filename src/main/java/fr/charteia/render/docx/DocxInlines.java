package fr.charteia.render.docx;

import fr.charteia.document.LinkPolicy;
import fr.charteia.document.PlainText;
import fr.charteia.document.StatusMark;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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
 * Writes the inline content of one block (text, emphasis, code, links, breaks, status words) as
 * runs of one paragraph. Neighbouring text of the same look goes into one run. Nothing is
 * fetched: an image prints its description, a link is a clickable hyperlink only when
 * {@link LinkPolicy} allows it, as in the PDF.
 */
final class DocxInlines {

    /** The look of a run. */
    record Look(boolean bold, boolean italic, boolean code) {

        static final Look PLAIN = new Look(false, false, false);
        static final Look BOLD = new Look(true, false, false);

        Look withBold() {
            return new Look(true, italic, code);
        }

        Look withItalic() {
            return new Look(bold, true, code);
        }

        Look withCode() {
            return new Look(bold, italic, true);
        }

        /** This look less what {@code given} already provides. */
        Look without(Look given) {
            return new Look(bold && !given.bold, italic && !given.italic, code && !given.code);
        }

        /** The character style that gives this look, if any. */
        Optional<String> characterStyle() {
            if (code) {
                return Optional.of(DocxStyles.INLINE_CODE);
            } else if (bold && italic) {
                return Optional.of(DocxStyles.STRONG_EMPHASIS);
            } else if (bold) {
                return Optional.of(DocxStyles.STRONG);
            } else if (italic) {
                return Optional.of(DocxStyles.EMPHASIS);
            }
            return Optional.empty();
        }
    }

    private final XWPFParagraph paragraph;
    /** What the paragraph style already gives (a heading is bold): not given again by a character style. */
    private final Look fromParagraphStyle;
    private final StringBuilder pending = new StringBuilder();
    private Look pendingLook = Look.PLAIN;

    private DocxInlines(XWPFParagraph paragraph, Look fromParagraphStyle) {
        this.paragraph = paragraph;
        this.fromParagraphStyle = fromParagraphStyle;
    }

    /** Writes the children of {@code parent} into {@code paragraph}, starting from {@code look}. */
    static void write(Node parent, XWPFParagraph paragraph, Look look) {
        write(parent, paragraph, look, Look.PLAIN);
    }

    /**
     * Writes the children of {@code parent} into a paragraph whose style already gives
     * {@code fromParagraphStyle}. Word toggles bold and italic: bold of a character style in a bold
     * paragraph style reads as not bold, so what the paragraph style gives is left out of the runs.
     */
    static void write(Node parent, XWPFParagraph paragraph, Look look, Look fromParagraphStyle) {
        DocxInlines inlines = new DocxInlines(paragraph, fromParagraphStyle);
        inlines.children(parent, look);
        inlines.flush();
    }

    /** One run of plain text with a look, for text the writer makes itself. */
    static XWPFRun run(XWPFParagraph paragraph, String text, Look look) {
        XWPFRun run = paragraph.createRun();
        apply(run, look);
        run.setText(DocxXml.xmlSafe(text));
        return run;
    }

    private void children(Node parent, Look look) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            inline(child, look);
        }
    }

    private void inline(Node node, Look look) {
        if (node instanceof Text text) {
            append(text.getLiteral(), look);
        } else if (node instanceof SoftLineBreak) {
            append(" ", look);
        } else if (node instanceof HardLineBreak) {
            flush();
            paragraph.createRun().addBreak();
        } else if (node instanceof StrongEmphasis) {
            children(node, look.withBold());
        } else if (node instanceof Emphasis) {
            children(node, look.withItalic());
        } else if (node instanceof StatusMark) {
            children(node, look.withBold());
        } else if (node instanceof Code code) {
            append(code.getLiteral(), look.withCode());
        } else if (node instanceof Link link) {
            link(link, look);
        } else if (node instanceof Image) {
            children(node, look);
        } else if (node instanceof HtmlInline html) {
            append(html.getLiteral(), look);
        } else {
            children(node, look);
        }
    }

    private void link(Link link, Look look) {
        String destination = link.getDestination();
        if (!LinkPolicy.isClickable(destination)) {
            children(link, look);
            return;
        }
        flush();
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(destination);
        // One character style per run: a link shows as a link, whatever emphasis surrounds it.
        run.setStyle(DocxStyles.HYPERLINK);
        String text = PlainText.of(link);
        run.setText(DocxXml.xmlSafe(text.isEmpty() ? destination : text));
    }

    private void append(String text, Look look) {
        if (!look.equals(pendingLook)) {
            flush();
            pendingLook = look;
        }
        pending.append(text);
    }

    private void flush() {
        if (pending.length() > 0) {
            run(paragraph, pending.toString(), pendingLook.without(fromParagraphStyle));
            pending.setLength(0);
        }
    }

    /**
     * Emphasis through character styles (Strong, Emphasis…), never direct formatting, so that a user
     * restyles every bold word at once. One style per run: code wins, then bold and italic together.
     */
    private static void apply(XWPFRun run, Look look) {
        look.characterStyle().ifPresent(run::setStyle);
    }
}
