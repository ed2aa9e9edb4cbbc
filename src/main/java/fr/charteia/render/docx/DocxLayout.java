package fr.charteia.render.docx;

import fr.charteia.document.DocumentKind;

/**
 * The measures of one kind of document, in twentieths of a point (twips) for lengths and in half
 * points for font sizes, as Word stores them. The charter breathes; the sheet is tight so that it
 * fits one A4 page.
 */
record DocxLayout(
        int margin,
        int headerDistance,
        int bodySize,
        int tableSize,
        int smallSize,
        int titleSize,
        int heading1Size,
        int heading2Size,
        int heading3Size,
        int spaceAfter,
        int lineSpacing,
        int logoHeightEmu,
        boolean compact) {

    /** A4 portrait. */
    static final int PAGE_WIDTH = 11_906;
    static final int PAGE_HEIGHT = 16_838;

    /** English metric units per centimetre, the unit of picture sizes. */
    static final int EMU_PER_CM = 360_000;

    static final DocxLayout CHARTER = new DocxLayout(1021, 567, 20, 18, 16, 36, 28, 24, 22, 80, 240,
            EMU_PER_CM * 3 / 2, false);

    static final DocxLayout SHEET = new DocxLayout(567, 284, 17, 16, 14, 26, 22, 19, 17, 40, 235,
            EMU_PER_CM, true);

    static DocxLayout of(DocumentKind kind) {
        return kind == DocumentKind.SHEET ? SHEET : CHARTER;
    }

    /** Width between the margins, which every table fills. */
    int textWidth() {
        return PAGE_WIDTH - 2 * margin;
    }
}
