/**
 * The document tree every writer walks: the Markdown of a template parsed once with commonmark-java,
 * the conventions of templates/README.md as nodes of their own, and the document's identity.
 * Depends on no other stage.
 */
package fr.charteia.document;
