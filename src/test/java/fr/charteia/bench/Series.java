package fr.charteia.bench;

import java.util.List;
import java.util.Optional;

/** The runs of one command in one part of the benchmark, and their medians. */
record Series(List<ProcessRun> runs) {

    Series {
        runs = List.copyOf(runs);
    }

    static Series none() {
        return new Series(List.of());
    }

    boolean measured() {
        return !runs.isEmpty();
    }

    boolean allSucceeded() {
        return runs.stream().allMatch(ProcessRun::succeeded);
    }

    double medianSeconds() {
        return median(runs.stream().map(ProcessRun::seconds).toList());
    }

    Optional<Long> medianPeakKilobytes() {
        List<Double> peaks = runs.stream().flatMap(run -> run.peakKilobytes().stream()).map(Long::doubleValue).toList();
        return peaks.isEmpty() ? Optional.empty() : Optional.of(Math.round(median(peaks)));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
