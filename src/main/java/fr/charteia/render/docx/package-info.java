/**
 * The Word writer: {@link fr.charteia.render.docx.DocxWriter} turns a
 * {@link fr.charteia.document.DocumentTree} into a .docx file with Apache POI (XWPF).
 *
 * <p>The file uses real Word styles (Title, Heading 1–3 with outline levels, List Paragraph,
 * TOC 1–2, Quote), real numbering, tables with a repeated header row, a cartouche drawn from the
 * document's identity, a running header and a "page X / Y" footer. The bytes are reproducible: the
 * same tree gives the same file (fixed timestamps, counters instead of random ids, a zip repacked
 * in a fixed order with a fixed entry time). Besides {@code DocxWriter} and {@code DocxSourcePart}
 * (which {@code charte-ia extract} reads back), the classes are package-private helpers, each named
 * after the part of the file it writes.
 */
package fr.charteia.render.docx;
