package fr.charteia.room.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Figures as a French reader writes them: decimal comma, two decimals, signed changes, « – » for none. */
final class FrenchNumbers {

    /** What stands for a figure nobody's answers give (no answer on that side). */
    static final String NONE = "–";

    private FrenchNumbers() {
    }

    /** {@code 3.6666…} → « 3,67 » (half up, as one rounds by hand). */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    static String decimal(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : NONE;
    }

    /** A change, always signed: « +1,67 », « −0,50 », « 0,00 ». */
    static String signed(OptionalDouble value) {
        if (value.isEmpty()) {
            return NONE;
        }
        String text = decimal(Math.abs(value.getAsDouble()));
        if (text.equals("0,00")) {
            return text;
        }
        return (value.getAsDouble() > 0 ? "+" : "\u2212") + text;
    }

    /** A whole change, signed: « +2 », « −1 », « 0 ». */
    static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
    }

    /** A share of 0 to 1 as a whole percentage, « 67 % » with a no-break space. */
    static String percent(OptionalDouble share) {
        if (share.isEmpty()) {
            return NONE;
        }
        return BigDecimal.valueOf(share.getAsDouble() * 100).setScale(0, RoundingMode.HALF_UP).toPlainString()
                + "\u00a0%";
    }
}
