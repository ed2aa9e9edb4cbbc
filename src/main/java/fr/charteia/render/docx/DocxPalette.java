package fr.charteia.render.docx;

import fr.charteia.document.Callout;
import fr.charteia.document.Status;

/** The few colours of the documents, as Word's hexadecimal RGB. Sober, and legible once photocopied. */
final class DocxPalette {

    static final String HEADING = "1F3864";
    static final String HEADING_3 = "2F5496";
    static final String TEXT_MUTED = "595959";
    static final String RULE = "A6A6A6";
    static final String TABLE_BORDER = "8497B0";
    static final String TABLE_HEADER_FILL = "D6DCE5";
    static final String HYPERLINK = "0563C1";

    private DocxPalette() {
    }

    /**
     * Status cells: green, orange, red, of clearly different lightness so that they still differ
     * once photocopied in grey (relative luminance 0.78, 0.56, 0.30), all light enough for black
     * text (contrast 7:1 at the least). The same as print.css. The status word carries a symbol
     * too (terms.properties): ✓, ⚠, ✗.
     */
    static String fill(Status status) {
        return switch (status) {
            case AUTHORISED -> "C6EFCE";
            case CONDITIONAL -> "FFB74D";
            case FORBIDDEN, UNADDRESSED -> "E57373";
        };
    }

    /** The thick left border of a callout: blue for information, orange to red for warnings. */
    static String border(Callout.Type type) {
        return switch (type) {
            case NOTE -> "2F5597";
            case TIP -> "4472C4";
            case IMPORTANT -> "C55A11";
            case WARNING -> "ED7D31";
            case CAUTION -> "C00000";
        };
    }

    /** The light background of a callout, in the hue of its border. */
    static String background(Callout.Type type) {
        return switch (type) {
            case NOTE -> "DEEAF6";
            case TIP -> "EAF1FB";
            case IMPORTANT -> "FBE4D5";
            case WARNING -> "FFF2CC";
            case CAUTION -> "FBE2E2";
        };
    }
}
