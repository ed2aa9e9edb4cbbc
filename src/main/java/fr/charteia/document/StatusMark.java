package fr.charteia.document;

import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/** {@code <mark class="…">word</mark>} in a table cell: the cell is shaded by status; children hold the word. */
public final class StatusMark extends CustomNode {

    private final Status status;

    public StatusMark(Status status) {
        this.status = status;
    }

    public Status status() {
        return status;
    }

    /** The first status mark inside a node (a table cell, a whole table), for writers that shade by status. */
    public static Optional<StatusMark> findIn(Node node) {
        StatusMark[] found = new StatusMark[1];
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode custom) {
                if (found[0] == null && custom instanceof StatusMark mark) {
                    found[0] = mark;
                }
                visitChildren(custom);
            }
        });
        return Optional.ofNullable(found[0]);
    }
}
