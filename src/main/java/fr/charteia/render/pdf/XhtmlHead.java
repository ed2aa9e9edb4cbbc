package fr.charteia.render.pdf;

import fr.charteia.document.DocumentMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <head>} of the XHTML: the properties openhtmltopdf copies into the PDF (title,
 * author, subject, keywords), the inlined print stylesheet, and the outline ({@code <bookmarks>})
 * it turns into PDF bookmarks.
 */
final class XhtmlHead {

    private XhtmlHead() {
    }

    static void write(Markup out, DocumentMeta meta, String stylesheet, XhtmlHeadings headings) {
        out.open("head");
        out.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8");
        out.element("title", meta.title());
        out.empty("meta", "name", "author", "content", meta.organisation());
        out.empty("meta", "name", "subject", "content", meta.subject());
        out.empty("meta", "name", "keywords", "content", String.join(", ", meta.keywords()));
        out.open("style", "type", "text/css").raw("\n").raw(stylesheet).raw("\n").close("style");
        bookmarks(out, headings.all());
        out.close("head");
    }

    /** Every heading becomes a bookmark, nested by level: a level 3 under the last level 2 or 1. */
    private static void bookmarks(Markup out, List<XhtmlHeadings.Entry> headings) {
        if (headings.isEmpty()) {
            return;
        }
        out.open("bookmarks");
        List<Integer> openLevels = new ArrayList<>();
        for (XhtmlHeadings.Entry heading : headings) {
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
}
