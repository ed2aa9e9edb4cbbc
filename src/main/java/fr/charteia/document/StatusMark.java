package fr.charteia.document;

import org.commonmark.node.CustomNode;

/** {@code <mark class="…">word</mark>} in a table cell: the cell is shaded by status; children hold the word. */
public final class StatusMark extends CustomNode {

    private final Status status;

    public StatusMark(Status status) {
        this.status = status;
    }

    public Status status() {
        return status;
    }
}
