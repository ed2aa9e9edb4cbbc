package fr.charteia.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * {@code <!-- columns -->} … {@code <!-- /columns -->}: the part between is laid out side by side,
 * one {@link Column} per heading (the sheet's "what I may do" / "what I must never do").
 */
public final class Columns extends CustomBlock {

    /** The columns, in order: what both writers lay side by side. */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (Node child = getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Column column) {
                columns.add(column);
            }
        }
        return columns;
    }
}
