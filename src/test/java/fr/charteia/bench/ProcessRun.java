package fr.charteia.bench;

import java.util.Optional;

/**
 * One whole-process run: its wall time, the peak resident memory of the process and its children
 * (empty where {@code /proc} cannot tell), its exit code.
 */
record ProcessRun(double seconds, Optional<Long> peakKilobytes, int exitCode) {

    boolean succeeded() {
        return exitCode == 0;
    }
}
