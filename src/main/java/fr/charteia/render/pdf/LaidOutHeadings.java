package fr.charteia.render.pdf;

import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.render.displaylist.PagedBoxCollector;
import fr.charteia.document.HeadingPage;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The page of every heading as soon as the layout is done, before anything is drawn: the Word
 * table of contents can then be written while the PDF is still being painted and saved. The page
 * is found the way the layout engine finds a bookmark's destination (the top of the heading's
 * border box), so it is the page the PDF's bookmark points to ({@link PdfOutline} reads those back).
 */
final class LaidOutHeadings {

    private LaidOutHeadings() {
    }

    /** One entry per {@code <bookmark>} of the XHTML, in document order (the order of the headings). */
    static List<HeadingPage> of(PdfBoxRenderer renderer, Document xhtml) {
        SharedContext shared = renderer.getSharedContext();
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        LayoutContext context = shared.newLayoutContextInstance();
        context.setFontContext(new PdfBoxFontContext());
        List<HeadingPage> headings = new ArrayList<>();
        NodeList bookmarks = xhtml.getElementsByTagName("bookmark");
        for (int i = 0; i < bookmarks.getLength(); i++) {
            Element bookmark = (Element) bookmarks.item(i);
            String href = bookmark.getAttribute("href");
            Box box = href.startsWith("#") ? shared.getBoxById(href.substring(1)) : null;
            if (box == null) {
                continue; // the engine makes no bookmark for a target it cannot find either
            }
            Rectangle bounds = PagedBoxCollector.findAdjustedBoundsForBorderBox(context, box, pages);
            int page = PagedBoxCollector.findPageForY(context, bounds.getMinY(), pages);
            headings.add(new HeadingPage(bookmark.getAttribute("name"), Math.max(page, 0) + 1));
        }
        return List.copyOf(headings);
    }
}
