package fr.charteia.document;

import java.util.Arrays;
import java.util.List;

/**
 * How much room each column of a table asks for, the same for the Word and the PDF writers, before
 * {@link ColumnFitting} turns weights into widths. A table of texts is shared so that the table is
 * as short as it can be: a row is as tall as its longest cell, so room goes where it saves lines.
 * Headers only set minimums (a long title over short answers should not take the room of long
 * answers).
 */
public final class ColumnWeights {

    /** The first column of a matrix gets at least this many times the room of a status column… */
    private static final double MATRIX_FIRST_COLUMN_MIN = 1.7;
    /** …and at most this many, however long its labels. */
    private static final double MATRIX_FIRST_COLUMN_MAX = 4;
    /** A column never weighs less than a short word, so an answer like « oui » keeps a readable column. */
    private static final double MIN_WEIGHT = 6;
    /** The average width of a character of running French text in Arial or Liberation Sans, in ems. */
    private static final double AVERAGE_CHARACTER_EM = 0.5;
    /** No column of a table of texts gets less than this share of the width while the search moves room. */
    private static final double MIN_SHARE = 0.05;
    /** How much a line of a cell that is not the tallest of its row counts against a line of table height. */
    private static final double SHORT_CELL_CARE = 0.3;

    private ColumnWeights() {
    }

    /**
     * A table of texts: starting from the mean length of each column's body cells, room moves from
     * column to column while that makes the table shorter, the height of a row being its tallest
     * cell (in lines, at least one).
     *
     * @param header the plain text of the header cells, one list per header row
     * @param body the plain text of the body cells, one list per row
     * @param widthInEms the table's width, in ems of its type
     */
    public static double[] content(int columns, List<List<String>> header, List<List<String>> body,
            double widthInEms) {
        double charactersPerLine = widthInEms / AVERAGE_CHARACTER_EM;
        List<List<String>> measured = body.isEmpty() ? header : body;
        double[] weights = new double[columns];
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            weights[c] = Math.max(MIN_WEIGHT, meanLength(measured, c));
            sum += weights[c];
        }
        for (int c = 0; c < columns; c++) {
            weights[c] = Math.max(MIN_SHARE, weights[c] / sum);
        }
        double[][] lengths = lengths(measured, columns);
        double best = height(lengths, weights, charactersPerLine);
        double step = 0.2;
        while (step > 0.01) {
            boolean moved = false;
            for (int from = 0; from < columns; from++) {
                for (int to = 0; to < columns; to++) {
                    double room = weights[from] * step;
                    if (from == to || weights[from] - room < MIN_SHARE) {
                        continue;
                    }
                    weights[from] -= room;
                    weights[to] += room;
                    double height = height(lengths, weights, charactersPerLine);
                    if (height < best - 1e-9) {
                        best = height;
                        moved = true;
                    } else {
                        weights[from] += room;
                        weights[to] -= room;
                    }
                }
            }
            if (!moved) {
                step /= 2;
            }
        }
        return weights;
    }

    /**
     * The table's height in lines, each row as tall as its tallest cell (a cell at least one line),
     * plus a little for every line of every cell: among tables of one height, the one whose short
     * cells are not squeezed into a narrow column reads best.
     */
    private static double height(double[][] lengths, double[] weights, double charactersPerLine) {
        double total = 0;
        for (double[] row : lengths) {
            double tallest = 1;
            double lines = 0;
            for (int c = 0; c < row.length; c++) {
                double cell = Math.max(1, row[c] / (weights[c] * charactersPerLine));
                tallest = Math.max(tallest, cell);
                lines += cell;
            }
            total += tallest + SHORT_CELL_CARE * lines;
        }
        return total;
    }

    private static double[][] lengths(List<List<String>> rows, int columns) {
        double[][] lengths = new double[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < Math.min(columns, rows.get(r).size()); c++) {
                lengths[r][c] = length(rows.get(r).get(c));
            }
        }
        return lengths;
    }

    /**
     * A matrix (a first column of labels, then status columns): the status columns share the room
     * equally; the first column weighs its labels against the status columns' headings, between 1.7
     * and 4 times a status column.
     */
    public static double[] matrix(int columns, List<List<String>> header, List<List<String>> body) {
        double[] weights = new double[columns];
        Arrays.fill(weights, 1);
        if (columns < 2) {
            return weights;
        }
        double statusHeadings = 0;
        for (int c = 1; c < columns; c++) {
            statusHeadings += meanLength(header, c);
        }
        statusHeadings = Math.max(MIN_WEIGHT, statusHeadings / (columns - 1));
        double labels = meanLength(body, 0);
        weights[0] = Math.max(MATRIX_FIRST_COLUMN_MIN, Math.min(MATRIX_FIRST_COLUMN_MAX, labels / statusHeadings));
        return weights;
    }

    private static int length(String cell) {
        String text = cell.strip();
        return text.codePointCount(0, text.length());
    }

    private static double meanLength(List<List<String>> rows, int column) {
        if (rows.isEmpty()) {
            return 0;
        }
        double total = 0;
        for (List<String> row : rows) {
            total += column < row.size() ? length(row.get(column)) : 0;
        }
        return total / rows.size();
    }
}
