package fr.charteia.render.pdf;

import fr.charteia.document.ColumnFitting;
import fr.charteia.document.DocumentKind;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Column widths of a tool × data matrix, as shares of the text width, worked out as the Word writer
 * does so that both files look alike: the first column (the tools) gets 1.7 times the room of each
 * status column, and no column is narrower than its longest word (measured with the font's metrics,
 * bold in the header) when the width allows. Other tables are laid out by the engine from their
 * content.
 */
final class ColumnShares {

    /** Width between the margins, in points: A4 (595.3 pt) less 2 cm or 1 cm on each side. */
    static final double CHARTER_TEXT_WIDTH = 595.3 - 2 * 56.7;
    static final double SHEET_TEXT_WIDTH = 595.3 - 2 * 28.35;
    /** Table type size, in points, as in print.css. */
    static final double CHARTER_TABLE_SIZE = 9.5;
    static final double SHEET_TABLE_SIZE = 8;

    private static final double MATRIX_FIRST_COLUMN = 1.7;
    /** Cell padding on both sides plus a little slack, in points. */
    private static final double CHARTER_CELL_ROOM = 2 * 4.25 + 1.5;
    private static final double SHEET_CELL_ROOM = 2 * 3 + 1.5;
    private static final Pattern BREAKS = Pattern.compile("\\s+|(?<=[-/])");

    private ColumnShares() {
    }

    /**
     * Shares in percent, adding up to 100.
     *
     * @param header the plain text of the header cells, one list per header row
     * @param body the plain text of the body cells, one list per row
     */
    static double[] matrix(DocumentKind kind, int columns, List<List<String>> header, List<List<String>> body) {
        boolean sheet = kind == DocumentKind.SHEET;
        double total = sheet ? SHEET_TEXT_WIDTH : CHARTER_TEXT_WIDTH;
        double size = sheet ? SHEET_TABLE_SIZE : CHARTER_TABLE_SIZE;
        double room = sheet ? SHEET_CELL_ROOM : CHARTER_CELL_ROOM;
        double[] minimums = new double[columns];
        measure(header, true, size, room, minimums);
        measure(body, false, size, room, minimums);
        double[] weights = new double[columns];
        Arrays.fill(weights, 1);
        weights[0] = columns > 1 ? MATRIX_FIRST_COLUMN : 1;
        double[] widths = ColumnFitting.fit(weights, minimums, total);
        double[] shares = new double[columns];
        for (int c = 0; c < columns; c++) {
            shares[c] = widths[c] / total * 100;
        }
        return shares;
    }

    /** The longest word of each column; header cells and status words (after the first column) are bold. */
    private static void measure(List<List<String>> rows, boolean header, double size, double room, double[] minimums) {
        for (List<String> row : rows) {
            for (int c = 0; c < Math.min(row.size(), minimums.length); c++) {
                boolean bold = header || c > 0;
                for (String word : BREAKS.split(row.get(c))) {
                    minimums[c] = Math.max(minimums[c], TextWidths.shipped().ems(word, bold) * size + room);
                }
            }
        }
    }
}
