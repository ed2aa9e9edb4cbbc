package fr.charteia.document;

import org.commonmark.node.Document;

/** One generated document: the parsed content every writer walks, and its identity. */
public record DocumentTree(DocumentMeta meta, Document root) {
}
