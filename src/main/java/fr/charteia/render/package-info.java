/**
 * What both writers share: the widths of words in the fonts, for column widths. The writers are in
 * {@code render.docx} and {@code render.pdf}; they depend on this package and {@code document} only.
 */
package fr.charteia.render;
