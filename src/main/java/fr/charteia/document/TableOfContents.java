package fr.charteia.document;

import org.commonmark.node.CustomBlock;

/** {@code <!-- toc -->}: the table of contents of the level 1 and 2 headings. */
public final class TableOfContents extends CustomBlock {
}
