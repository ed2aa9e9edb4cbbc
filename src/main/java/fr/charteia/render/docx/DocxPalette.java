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

    /** Status cells: Excel's good / neutral / bad fills, with the word in bold so they read in grey too. */
    static String fill(Status status) {
        return switch (status) {
            case AUTHORISED -> "C6EFCE";
            case CONDITIONAL -> "FFEB9C";
            case FORBIDDEN, UNADDRESSED -> "FFC7CE";
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
