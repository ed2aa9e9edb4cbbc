package fr.charteia.render.docx;

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
        int columns = weights.length;
        double minimumSum = Arrays.stream(minimums).sum();
        if (minimumSum >= total) {
            return proportional(Arrays.stream(minimums).asDoubleStream().toArray(), total);
        }
        boolean[] atMinimum = new boolean[columns];
        double[] widths = new double[columns];
        boolean changed = true;
        while (changed) {
            changed = false;
            double free = total;
            double weightSum = 0;
            for (int c = 0; c < columns; c++) {
                if (atMinimum[c]) {
                    free -= minimums[c];
                } else {
                    weightSum += weights[c];
                }
            }
            for (int c = 0; c < columns; c++) {
                if (atMinimum[c]) {
                    widths[c] = minimums[c];
                    continue;
                }
                widths[c] = weightSum > 0 ? free * weights[c] / weightSum : free / columns;
                if (widths[c] < minimums[c]) {
                    atMinimum[c] = true;
                    changed = true;
                }
            }
        }
        return proportional(widths, total);
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
