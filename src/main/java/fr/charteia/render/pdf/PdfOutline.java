package fr.charteia.render.pdf;

import fr.charteia.document.HeadingPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The page of every heading of a written PDF, read back from its bookmarks: the layout engine
 * made one per heading (see {@link XhtmlWriter}), pointing at the page the heading landed on.
 */
public final class PdfOutline {

    private PdfOutline() {
    }

    /** Every bookmark, depth first (the order of the headings), with the page it points to. */
    public static List<HeadingPage> headingPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<HeadingPage> pages = new ArrayList<>();
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                collect(outline, document, pages);
            }
            return List.copyOf(pages);
        }
    }

    private static void collect(PDOutlineNode node, PDDocument document, List<HeadingPage> pages) throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(document);
            if (page != null) {
                pages.add(new HeadingPage(item.getTitle(), document.getPages().indexOf(page) + 1));
            }
            collect(item, document, pages);
        }
    }
}
