package fr.charteia.render.pdf;

import fr.charteia.document.PlainText;
import fr.charteia.document.TableOfContents;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The headings of a document, found before it is written: the bookmarks and the table of contents
 * come before the headings they point to. A heading just before the table of contents is its
 * title, neither listed nor bookmarked.
 */
final class XhtmlHeadings {

    /** Levels written in the table of contents, as in the Word file. */
    static final int DEEPEST_LISTED = TableOfContents.DEEPEST_LISTED;
    /** Headings deeper than this are drawn at this level, as in the Word file. */
    static final int DEEPEST_HEADING = 3;

    /** A heading of the document: its element id, level and text. */
    record Entry(String id, int level, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<Heading, Entry> byHeading = new IdentityHashMap<>();
    private final Map<Heading, Boolean> tocTitles = new IdentityHashMap<>();

    private XhtmlHeadings() {
    }

    static XhtmlHeadings of(Node root) {
        XhtmlHeadings headings = new XhtmlHeadings();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        return headings;
    }

    private void add(Heading heading) {
        if (heading.getNext() instanceof TableOfContents) {
            tocTitles.put(heading, Boolean.TRUE);
            return;
        }
        Entry entry = new Entry("h-" + (entries.size() + 1), level(heading), PlainText.of(heading));
        entries.add(entry);
        byHeading.put(heading, entry);
    }

    /** The level a heading is drawn at: 1 to {@link #DEEPEST_HEADING}. */
    static int level(Heading heading) {
        return Math.max(1, Math.min(DEEPEST_HEADING, heading.getLevel()));
    }

    /** Every heading but the table of contents' title, in order. */
    List<Entry> all() {
        return entries;
    }

    /** The headings the table of contents lists. */
    List<Entry> listed() {
        return entries.stream().filter(h -> h.level() <= DEEPEST_LISTED).toList();
    }

    boolean isTocTitle(Node node) {
        return node instanceof Heading heading && tocTitles.containsKey(heading);
    }

    /** The entry of a heading that is not the table of contents' title. */
    Entry entry(Heading heading) {
        return byHeading.get(heading);
    }
}
