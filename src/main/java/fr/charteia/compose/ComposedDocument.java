package fr.charteia.compose;

import fr.charteia.document.DocumentMeta;

/**
 * A document as the templates wrote it: its Markdown, its identity, and the file name stem derived
 * from the department ({@code charte-ia-urgences-adultes}).
 */
public record ComposedDocument(String markdown, DocumentMeta meta, String fileStem) {
}
