/**
 * The PDF writer: {@link fr.charteia.render.pdf.PdfWriter} turns a
 * {@link fr.charteia.document.DocumentTree} into a PDF, from the same tree as the Word writer.
 *
 * <p>The tree becomes XHTML with one print stylesheet ({@link fr.charteia.render.pdf.XhtmlDocument},
 * also fit for a web preview), laid out by openhtmltopdf on Apache PDFBox: A4 pages, running header
 * and "page X / Y" footer, cartouche, table of contents with page numbers, repeated table headers,
 * status cells, callouts, columns. PDFBox then adds the properties, the source questionnaire as a
 * PDF/A-3 associated file ({@link fr.charteia.document.SourceAttachment}, read back by
 * {@link fr.charteia.render.pdf.EmbeddedQuestionnaire}) and a content-derived id.
 * Every file is tagged and meant to pass PDF/A-3a and PDF/UA-1; the fonts are the toolkit's own
 * (Liberation Sans, DejaVu Sans for the symbols it lacks), and a character none can draw is reported
 * ({@link fr.charteia.render.pdf.MissingGlyph}). Nothing is loaded from outside while rendering.
 *
 * <p>The parser gives the tree the no-break spaces of French text
 * ({@link fr.charteia.document.FrenchTypography}); the texts drawn from the document's identity
 * (cartouche, header, footer) come typeset from {@link fr.charteia.document.TypesetMeta}, as in the Word
 * file, and the writer keeps punctuation with the word before it across bold or italic. The XHTML is
 * written by {@code XhtmlWriter} and its parts ({@code XhtmlHead}, {@code XhtmlHeaderFooter},
 * {@code XhtmlBlocks}, {@code XhtmlTables}, {@code XhtmlInlines}, {@code XhtmlCartouche},
 * {@code XhtmlTableOfContents}), every text through {@code XhtmlText}. Besides {@code PdfWriter},
 * {@code PdfResult}, {@code MissingGlyph}, {@code XhtmlDocument}, {@code EmbeddedQuestionnaire} and
 * {@code PdfOutline} (the headings' pages read back from a PDF), the classes are package-private helpers.
 */
package fr.charteia.render.pdf;
