package fr.charteia.render.pdf;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A document tree as XHTML with its print stylesheet inlined: what the PDF writer lays out, and
 * what a web preview can show as is (it is self-contained: the logo travels as a data URI, nothing
 * else is referenced). All user text is escaped; the only markup is the writer's.
 */
public final class XhtmlDocument {

    /** The stylesheet resource, next to this class. */
    static final String STYLESHEET_RESOURCE = "print.css";
    /** The sheet's page (size and margins), inlined after the stylesheet for a sheet. */
    static final String SHEET_PAGE_RESOURCE = "print-sheet.css";
    private static final String STYLESHEET = loadStylesheet(STYLESHEET_RESOURCE);
    private static final String SHEET_STYLESHEET = STYLESHEET + "\n" + loadStylesheet(SHEET_PAGE_RESOURCE);

    private final String xhtml;
    private final List<TextRun> texts;
    private final List<XhtmlHeadings.Entry> headings;
    private final int tightening;

    XhtmlDocument(String xhtml, List<TextRun> texts, List<XhtmlHeadings.Entry> headings, int tightening) {
        this.xhtml = xhtml;
        this.texts = List.copyOf(texts);
        this.headings = List.copyOf(headings);
        this.tightening = tightening;
    }

    /** The document in its normal layout. */
    public static XhtmlDocument of(DocumentTree tree) {
        return of(tree, 0);
    }

    /** The document with a sheet tightened {@code tightening} steps (0 to 3) to fit one page. */
    static XhtmlDocument of(DocumentTree tree, int tightening) {
        if (tightening < 0 || tightening > 3) {
            throw new IllegalArgumentException("tightening goes from 0 to 3, not " + tightening);
        }
        return XhtmlWriter.write(tree, stylesheet(tree.meta().kind()), tightening);
    }

    /** The print stylesheet shipped with the toolkit, as inlined in every document of this kind. */
    public static String stylesheet(DocumentKind kind) {
        return kind == DocumentKind.SHEET ? SHEET_STYLESHEET : STYLESHEET;
    }

    /** The complete XHTML document, UTF-8, with an HTML5 doctype. */
    public String xhtml() {
        return xhtml;
    }

    List<TextRun> texts() {
        return texts;
    }

    List<XhtmlHeadings.Entry> headings() {
        return headings;
    }

    int tightening() {
        return tightening;
    }

    private static String loadStylesheet(String resource) {
        try (InputStream in = XhtmlDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the print stylesheet " + resource + " is missing");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (css.indexOf('<') >= 0 || css.indexOf('&') >= 0) {
                throw new IllegalStateException("the print stylesheet must hold no '<' and no '&': it is inlined");
            }
            return css;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
