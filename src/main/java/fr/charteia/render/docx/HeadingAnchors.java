package fr.charteia.render.docx;

import fr.charteia.document.HeadingPage;
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
import java.util.regex.Pattern;
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

    /** A listed heading: its level, its text, its bookmark (name and numeric id) and its page when known. */
    record Entry(int level, String text, String bookmark, int id, Optional<Integer> page) {

        Entry withPage(int number) {
            return new Entry(level, text, bookmark, id, Optional.of(number));
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Entry> listed = new ArrayList<>();
    private final Map<Heading, Entry> byHeading = new IdentityHashMap<>();
    private final Set<Heading> titles = Collections.newSetFromMap(new IdentityHashMap<>());

    private HeadingAnchors() {
    }

    static HeadingAnchors of(Node root) {
        return of(root, List.of());
    }

    /**
     * The listed headings, each with its page in {@code pages} (the headings of a layout of the same
     * document, in order): matched by text in document order, so that two sections of the same
     * name each get their own page; a heading the layout does not list gets none.
     */
    static HeadingAnchors of(Node root, List<HeadingPage> pages) {
        HeadingAnchors anchors = new HeadingAnchors();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getNext() instanceof TableOfContents) {
                    anchors.titles.add(heading);
                } else if (heading.getLevel() <= DEEPEST_LISTED) {
                    int id = anchors.listed.size() + 1;
                    Entry entry = new Entry(heading.getLevel(), PlainText.of(heading),
                            String.format(Locale.ROOT, "_Toc%06d", id), id, Optional.empty());
                    anchors.listed.add(entry);
                    anchors.byHeading.put(heading, entry);
                }
            }
        });
        int next = 0;
        for (int i = 0; i < anchors.listed.size() && next < pages.size(); i++) {
            Entry entry = anchors.listed.get(i);
            for (int j = next; j < pages.size(); j++) {
                if (sameText(pages.get(j).text(), entry.text())) {
                    Entry paged = entry.withPage(pages.get(j).page());
                    anchors.listed.set(i, paged);
                    anchors.byHeading.replaceAll((heading, old) -> old == entry ? paged : old);
                    next = j + 1;
                    break;
                }
            }
        }
        return anchors;
    }

    private static boolean sameText(String a, String b) {
        return SPACES.matcher(a.strip()).replaceAll(" ").equals(SPACES.matcher(b.strip()).replaceAll(" "));
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
