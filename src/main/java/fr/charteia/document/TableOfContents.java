package fr.charteia.document;

import org.commonmark.node.CustomBlock;

/**
 * {@code <!-- toc -->}: the table of contents. It lists the sections (level 1 headings) only: a
 * charter of about ten pages is found by its sections, and a shorter contents leaves room for them.
 */
public final class TableOfContents extends CustomBlock {

    /** The deepest heading level listed, the same in every writer. */
    public static final int DEEPEST_LISTED = 1;
}
