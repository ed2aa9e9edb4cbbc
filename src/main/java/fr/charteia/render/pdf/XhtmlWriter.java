package fr.charteia.render.pdf;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.Logo;
import fr.charteia.document.Typography;
import fr.charteia.document.TypesetMeta;
import java.util.Base64;

/**
 * Writes a document tree as XHTML for the print stylesheet: the head ({@link XhtmlHead}, with the
 * outline openhtmltopdf turns into bookmarks), the running header and footer
 * ({@link XhtmlHeaderFooter}), then the blocks ({@link XhtmlBlocks}), which hand tables, the
 * cartouche, the table of contents and inline content to their own parts. Every text goes through
 * {@link XhtmlText}: typography of the document language, glyph check, {@link Markup}'s escaping,
 * so user text never becomes markup.
 */
final class XhtmlWriter {

    private XhtmlWriter() {
    }

    /** Writes the tree with the stylesheet inlined; {@code tightening} 1 to 3 sets the sheet's fit-N class. */
    static XhtmlDocument write(DocumentTree tree, String stylesheet, int tightening) {
        DocumentMeta meta = tree.meta();
        TypesetMeta typeset = TypesetMeta.of(meta);
        Markup out = new Markup(64 * 1024);
        XhtmlText text = new XhtmlText(out, Typography.of(meta.language()));
        XhtmlHeadings headings = XhtmlHeadings.of(tree.root());

        String language = meta.language().tag();
        out.raw("<!DOCTYPE html>\n");
        out.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language, "xml:lang", language);
        XhtmlHead.write(out, meta, stylesheet, headings);
        String kind = meta.kind() == DocumentKind.SHEET ? "sheet" : "charter";
        out.open("body", "class", tightening > 0 ? kind + " fit-" + tightening : kind);
        XhtmlHeaderFooter.write(out, text, typeset, meta.logo());
        new XhtmlBlocks(out, text, headings, typeset, meta.kind()).write(tree.root());
        out.close("body");
        out.close("html");
        return new XhtmlDocument(out.finish(), text.runs(), headings.all(), tightening);
    }

    /** The logo as a data URI: the one image of the document, carried inside it. */
    static String dataUri(Logo logo) {
        String type = logo.format() == Logo.Format.PNG ? "image/png" : "image/jpeg";
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(logo.bytes());
    }
}
