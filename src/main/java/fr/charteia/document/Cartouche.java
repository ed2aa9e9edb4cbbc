package fr.charteia.document;

import org.commonmark.node.CustomBlock;

/**
 * {@code <!-- cartouche -->}: the quality header block, drawn by each writer from
 * {@link DocumentMeta} so that every department's documents share one layout.
 */
public final class Cartouche extends CustomBlock {
}
