package fr.charteia.render.pdf;

import fr.charteia.document.Logo;
import fr.charteia.document.TypesetMeta;
import java.util.Optional;

/**
 * The running header (logo, then organisation — department — reference) and footer (« Version 1.0
 * — Page X / Y ») of every page: written once at the top of the body, the print stylesheet moves
 * them into the page margins and fills in the page number and count.
 */
final class XhtmlHeaderFooter {

    private XhtmlHeaderFooter() {
    }

    static void write(Markup out, XhtmlText text, TypesetMeta meta, Optional<Logo> logo) {
        header(out, text, meta, logo);
        footer(out, text, meta);
    }

    private static void header(Markup out, XhtmlText text, TypesetMeta meta, Optional<Logo> logo) {
        text.at("running header");
        out.open("div", "class", "running-header");
        if (logo.isPresent()) {
            out.open("div", "class", "logo-cell");
            out.empty("img", "class", "logo", "src", XhtmlWriter.dataUri(logo.get()), "alt", logo.get().description());
            out.close("div");
        }
        out.open("div", "class", "text-cell");
        text.typesetText(meta.header());
        out.close("div");
        out.close("div");
    }

    private static void footer(Markup out, XhtmlText text, TypesetMeta meta) {
        text.at("footer");
        out.open("div", "class", "running-footer");
        text.typesetText(meta.footerBeforePage());
        out.open("span", "class", "page-number").close("span");
        text.typesetText(meta.footerBeforeCount());
        out.open("span", "class", "page-count").close("span");
        out.close("div");
    }
}
