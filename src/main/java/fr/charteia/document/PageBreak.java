package fr.charteia.document;

import org.commonmark.node.CustomBlock;

/** {@code <!-- pagebreak -->}: what follows starts a new page. */
public final class PageBreak extends CustomBlock {
}
