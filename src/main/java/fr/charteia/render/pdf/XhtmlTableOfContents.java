package fr.charteia.render.pdf;

import fr.charteia.document.TypesetMeta;
import java.util.List;
import org.commonmark.node.Node;

/**
 * The table of contents: the headings listed (see {@link fr.charteia.document.TableOfContents}), each
 * a link to its heading whose page number the layout engine writes after a dotted leader. Under the
 * title of the language, unless the template wrote its own heading just before.
 */
final class XhtmlTableOfContents {

    private XhtmlTableOfContents() {
    }

    static void write(Node node, Markup out, XhtmlText text, XhtmlHeadings headings, TypesetMeta meta) {
        out.open("div", "class", "toc");
        if (!headings.isTocTitle(node.getPrevious())) {
            text.at("table of contents title");
            out.open("h1", "class", "toc-title");
            text.typesetText(meta.label("toc.title"));
            out.close("h1");
        }
        List<XhtmlHeadings.Entry> listed = headings.listed();
        if (!listed.isEmpty()) {
            out.open("ul");
            for (XhtmlHeadings.Entry heading : listed) {
                text.at("table of contents « " + XhtmlText.shorten(heading.text()) + " »");
                out.open("li", "class", "toc-" + heading.level());
                out.open("a", "href", "#" + heading.id(), "title", heading.text());
                text.text(heading.text());
                out.close("a");
                out.close("li");
            }
            out.close("ul");
        }
        out.close("div");
    }
}
