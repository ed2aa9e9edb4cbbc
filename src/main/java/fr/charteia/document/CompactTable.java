package fr.charteia.document;

import org.commonmark.node.CustomBlock;

/**
 * {@code <!-- compact -->} before a table: a reference table (an annex, a long list) set in the
 * small type of the cartouche labels, so that it takes less room than the tables the reader works
 * with. The table is this node's only child.
 */
public final class CompactTable extends CustomBlock {
}
