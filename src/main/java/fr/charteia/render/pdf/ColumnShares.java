package fr.charteia.render.pdf;

import fr.charteia.document.ColumnFitting;
import fr.charteia.document.ColumnWeights;
import fr.charteia.document.DocumentKind;
import fr.charteia.render.TextWidths;
import java.util.List;

/**
 * Column widths of a table, as shares of the text width, from the same weights as the Word writer
 * ({@link ColumnWeights}) so that both files look alike; no column is narrower than its longest word
 * (measured with the font's metrics, bold in the header) when the width allows.
 */
final class ColumnShares {

    /** Width between the margins, in points: A4 (595.3 pt) less 1.8 cm or 1 cm on each side. */
    static final double CHARTER_TEXT_WIDTH = 595.3 - 2 * 51.0;
    static final double SHEET_TEXT_WIDTH = 595.3 - 2 * 28.35;
    /** Table type size, in points, as in print.css. */
    static final double CHARTER_TABLE_SIZE = 9;
    static final double SHEET_TABLE_SIZE = 8;
    /** The type size of a compact table (print.css, table.compact). */
    static final double COMPACT_TABLE_SIZE = 8;

    /** Cell padding on both sides plus a little slack, in points. */
    private static final double CHARTER_CELL_ROOM = 2 * 3.5 + 1.5;
    private static final double SHEET_CELL_ROOM = 2 * 3 + 1.5;

    private ColumnShares() {
    }

    /**
     * Shares in percent, adding up to 100, for a matrix (status cells) or a table of texts.
     *
     * @param header the plain text of the header cells, one list per header row
     * @param body the plain text of the body cells, one list per row
     */
    static double[] of(DocumentKind kind, boolean matrix, boolean compact, int columns, List<List<String>> header,
            List<List<String>> body) {
        boolean sheet = kind == DocumentKind.SHEET;
        double total = sheet ? SHEET_TEXT_WIDTH : CHARTER_TEXT_WIDTH;
        double size = compact ? COMPACT_TABLE_SIZE : sheet ? SHEET_TABLE_SIZE : CHARTER_TABLE_SIZE;
        double room = sheet ? SHEET_CELL_ROOM : CHARTER_CELL_ROOM;
        double[] minimums = TextWidths.shipped().longestWords(columns, header, body, matrix);
        for (int c = 0; c < columns; c++) {
            minimums[c] = minimums[c] * size + room;
        }
        double[] weights = matrix ? ColumnWeights.matrix(columns, header, body)
                : ColumnWeights.content(columns, header, body, total / size);
        double[] widths = ColumnFitting.fit(weights, minimums, total);
        double[] shares = new double[columns];
        for (int c = 0; c < columns; c++) {
            shares[c] = widths[c] / total * 100;
        }
        return shares;
    }
}
