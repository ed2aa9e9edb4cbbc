package fr.charteia.document;

import org.commonmark.node.CustomBlock;

/**
 * {@code <!-- columns -->} … {@code <!-- /columns -->}: the part between is laid out side by side,
 * one {@link Column} per heading (the sheet's "what I may do" / "what I must never do").
 */
public final class Columns extends CustomBlock {
}
