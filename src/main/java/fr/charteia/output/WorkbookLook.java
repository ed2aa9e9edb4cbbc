package fr.charteia.output;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What every workbook the toolkit writes shares (the batch's overview, the session report): one font
 * family and size, the header fill, and how column widths and wrapped rows are counted, so that two
 * workbooks from one establishment look alike.
 */
public final class WorkbookLook {

    public static final String FONT = "Arial";
    public static final short FONT_POINTS = 10;
    /** The height of one line of text in a row. */
    public static final float LINE_POINTS = 13f;
    /** Widths count the digit 0; a line of words holds about this many more letters. */
    public static final double LETTERS_PER_DIGIT = 1.15;
    /** The narrowest column, in characters: a one-letter column still shows its header's start. */
    public static final int NARROWEST = 8;
    public static final byte[] HEADER_FILL = rgb(0xD9, 0xE2, 0xF3);

    private WorkbookLook() {
    }

    /**
     * Gives the workbook's default font (the one column widths are counted in) the family and size,
     * and returns a bold font of the same.
     */
    public static Font fonts(Workbook workbook) {
        Font plain = workbook.getFontAt(0);
        plain.setFontName(FONT);
        plain.setFontHeightInPoints(FONT_POINTS);
        Font bold = workbook.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints(FONT_POINTS);
        bold.setBold(true);
        return bold;
    }

    /** How many lines {@code value} takes, wrapped in a column {@code width} characters wide. */
    public static int lines(String value, int width) {
        int lines = 0;
        for (String line : value.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() / (width * LETTERS_PER_DIGIT)));
        }
        return lines;
    }

    public static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
