package fr.charteia.render.docx;

import fr.charteia.document.ColumnFitting;
import java.util.Arrays;

/**
 * Column widths that add up exactly to the table width: shared in proportion to weights, but
 * never narrower than a column's minimum (its longest word), so a word is not broken across lines
 * when the table can avoid it. When even the minimums do not fit, they are shrunk together.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    static int[] fit(double[] weights, int[] minimums, int total) {
        return proportional(ColumnFitting.fit(weights, Arrays.stream(minimums).asDoubleStream().toArray(), total), total);
    }

    /** Widths in proportion to weights, rounded to whole twips, adding up exactly to {@code total}. */
    static int[] proportional(double[] weights, int total) {
        double sum = Arrays.stream(weights).sum();
        int[] widths = new int[weights.length];
        int used = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            widths[i] = (int) Math.round(total * weights[i] / sum);
            used += widths[i];
        }
        widths[weights.length - 1] = total - used;
        return widths;
    }

    static int[] equal(int columns, int total) {
        double[] weights = new double[columns];
        Arrays.fill(weights, 1);
        return proportional(weights, total);
    }
}
