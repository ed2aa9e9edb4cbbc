package fr.charteia.render.docx;

import fr.charteia.document.PlainText;
import fr.charteia.document.TableOfContents;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The headings listed in the table of contents, in document order, each with a bookmark for the table of
 * contents to link to. Computed before writing, because the table of contents comes before the
 * headings it lists. A heading written just before the table of contents is its title: it is
 * not listed, and gets the "TOC Heading" style so Word leaves it out too.
 */
final class HeadingAnchors {

    static final int DEEPEST_LISTED = TableOfContents.DEEPEST_LISTED;

    /** A listed heading: its level, its text and its bookmark (name and numeric id). */
    record Entry(int level, String text, String bookmark, int id) {
    }

    private final List<Entry> listed = new ArrayList<>();
    private final Map<Heading, Entry> byHeading = new IdentityHashMap<>();
    private final Set<Heading> titles = Collections.newSetFromMap(new IdentityHashMap<>());

    private HeadingAnchors() {
    }

    static HeadingAnchors of(Node root) {
        HeadingAnchors anchors = new HeadingAnchors();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getNext() instanceof TableOfContents) {
                    anchors.titles.add(heading);
                } else if (heading.getLevel() <= DEEPEST_LISTED) {
                    int id = anchors.listed.size() + 1;
                    Entry entry = new Entry(heading.getLevel(), PlainText.of(heading),
                            String.format(Locale.ROOT, "_Toc%06d", id), id);
                    anchors.listed.add(entry);
                    anchors.byHeading.put(heading, entry);
                }
            }
        });
        return anchors;
    }

    Optional<Entry> find(Heading heading) {
        return Optional.ofNullable(byHeading.get(heading));
    }

    boolean isTableOfContentsTitle(Heading heading) {
        return titles.contains(heading);
    }

    /** The listed headings in document order. */
    List<Entry> listed() {
        return List.copyOf(listed);
    }
}
