package fr.charteia.room.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How many people gave each point of a scale: {@code counts.get(0)} for 1 (the weakest) up to the
 * scale's length. An answer outside the scale (a question file edited mid-session) is not counted.
 */
public record Distribution(List<Integer> counts) {

    public Distribution {
        counts = List.copyOf(counts);
    }

    static Distribution of(int points, Collection<Integer> answers) {
        List<Integer> counts = new ArrayList<>(java.util.Collections.nCopies(points, 0));
        for (Integer answer : answers) {
            if (answer != null && answer >= 1 && answer <= points) {
                counts.set(answer - 1, counts.get(answer - 1) + 1);
            }
        }
        return new Distribution(counts);
    }

    /** How many gave point {@code point} (1-based). */
    public int count(int point) {
        return counts.get(point - 1);
    }

    /** How many answered at all. */
    public int answered() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** The mean point over those who answered; empty when nobody did. */
    public OptionalDouble mean() {
        int answered = answered();
        if (answered == 0) {
            return OptionalDouble.empty();
        }
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            sum += (long) (i + 1) * counts.get(i);
        }
        return OptionalDouble.of((double) sum / answered);
    }
}
