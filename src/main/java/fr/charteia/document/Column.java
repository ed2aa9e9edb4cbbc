package fr.charteia.document;

import org.commonmark.node.CustomBlock;

/** One column of {@link Columns}: a heading and what follows it, up to the next heading. */
public final class Column extends CustomBlock {
}
