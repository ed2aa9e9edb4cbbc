package fr.charteia.document;

import java.util.Arrays;

/**
 * Column widths for both writers: in proportion to weights (how much each column holds), no column
 * under its minimum (its longest word) while the minimums fit the width.
 */
public final class ColumnFitting {

    private ColumnFitting() {
    }

    /** Widths adding up to {@code total}; when even the minimums do not fit, the minimums scaled down. */
    public static double[] fit(double[] weights, double[] longestWords, double total) {
        int columns = weights.length;
        double[] minimums = capped(longestWords, total);
        if (Arrays.stream(minimums).sum() >= total) {
            return scale(minimums, total);
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
        return widths;
    }

    /**
     * A word wider than half the text (a pasted link, letters with no space) is cut at the cell's
     * edge by both writers: its column takes what the other columns' words leave, at least an equal
     * share, rather than squeezing them until their own words break.
     */
    private static double[] capped(double[] longestWords, double total) {
        double half = total / 2;
        double others = Arrays.stream(longestWords).filter(w -> w < half).sum();
        long wide = Arrays.stream(longestWords).filter(w -> w >= half).count();
        if (wide == 0) {
            return longestWords;
        }
        double cap = Math.max(Math.min(half, (total - others) / wide), total / longestWords.length);
        return Arrays.stream(longestWords).map(w -> Math.min(w, cap)).toArray();
    }

    private static double[] scale(double[] widths, double total) {
        double sum = Arrays.stream(widths).sum();
        return Arrays.stream(widths).map(w -> sum > 0 ? w * total / sum : total / widths.length).toArray();
    }
}
