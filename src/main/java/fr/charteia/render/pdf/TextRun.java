package fr.charteia.render.pdf;

/** A text of the document as it will be drawn, and where it stands, for the glyph check. */
record TextRun(String text, String place) {
}
