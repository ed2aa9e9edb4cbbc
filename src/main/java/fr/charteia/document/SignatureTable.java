package fr.charteia.document;

import org.commonmark.node.CustomBlock;

/**
 * {@code <!-- signatures -->} before a table: the table is a form to sign by hand, so its empty
 * rows get room to write. The table is this node's only child.
 */
public final class SignatureTable extends CustomBlock {
}
