package fr.charteia.render.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Walks the embedded-files name tree of a PDF ({@code /Names /EmbeddedFiles}) at the COS level,
 * with a visited set and a depth limit: a tree whose kids loop back, or that is its own kid, is
 * reported as damaged instead of being walked forever (PDFBox's node classes follow kids without
 * either guard).
 */
final class EmbeddedFileTree {

    /** charte-ia writes one node; real writers balance trees far shallower than this. */
    static final int MAX_DEPTH = 32;

    /** What the walk found: a file specification, nothing, or a tree that cannot be a real one. */
    record Result(Optional<COSDictionary> fileSpec, boolean malformed) {
        static Result found(COSDictionary spec) {
            return new Result(Optional.of(spec), false);
        }

        static final Result NONE = new Result(Optional.empty(), false);
        static final Result MALFORMED = new Result(Optional.empty(), true);
    }

    private record Node(COSDictionary dictionary, int depth) {
    }

    private EmbeddedFileTree() {
    }

    /** The first file specification of the tree under {@code root} that {@code wanted} accepts. */
    static Result find(COSDictionary root, Predicate<COSDictionary> wanted) {
        // identity, not equals: two nodes with the same entries are still two nodes, and COS
        // dictionaries resolved from one indirect object are one Java object
        Set<COSDictionary> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(root, 0));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!visited.add(node.dictionary())) {
                return Result.MALFORMED;
            }
            COSArray names = node.dictionary().getCOSArray(COSName.NAMES);
            if (names != null) {
                for (int i = 0; i + 1 < names.size(); i += 2) {
                    if (names.getObject(i) instanceof COSString && names.getObject(i + 1) instanceof COSDictionary spec
                            && wanted.test(spec)) {
                        return Result.found(spec);
                    }
                }
            }
            COSArray kids = node.dictionary().getCOSArray(COSName.KIDS);
            if (kids != null) {
                if (node.depth() >= MAX_DEPTH) {
                    return Result.MALFORMED;
                }
                // pushed last to first, so that kids are read in the order the tree lists them
                for (int i = kids.size() - 1; i >= 0; i--) {
                    COSBase kid = kids.getObject(i);
                    if (kid instanceof COSDictionary dictionary) {
                        pending.push(new Node(dictionary, node.depth() + 1));
                    }
                }
            }
        }
        return Result.NONE;
    }
}
