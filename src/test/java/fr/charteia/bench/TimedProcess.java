package fr.charteia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a command and times it from start to exit. Its peak memory is read from
 * {@code /proc/PID/status} (VmHWM, the high-water mark of resident memory) every 20 ms, for the
 * process and each of its children: a launcher script or LibreOffice's {@code soffice} wrapper starts
 * the real program as a child. The figure is the sum of each process's own peak, which overstates a
 * little when the peaks did not coincide (the wrappers weigh a few megabytes).
 */
final class TimedProcess {

    private static final long POLL_MILLIS = 20;

    private TimedProcess() {
    }

    /** Runs {@code command} in the project folder; what it prints goes to {@code log}. */
    static ProcessRun run(List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Map<Long, Long> peaks = new HashMap<>();
        long start = System.nanoTime();
        Process process = builder.start();
        do {
            sample(process.toHandle(), peaks);
        } while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS));
        double seconds = (System.nanoTime() - start) / 1e9;
        Optional<Long> peak = peaks.isEmpty() ? Optional.empty()
                : Optional.of(peaks.values().stream().mapToLong(Long::longValue).sum());
        return new ProcessRun(seconds, peak, process.exitValue());
    }

    private static void sample(ProcessHandle root, Map<Long, Long> peaks) {
        Stream.concat(Stream.of(root), root.descendants()).forEach(handle -> highWaterMark(handle.pid())
                .ifPresent(kilobytes -> peaks.merge(handle.pid(), kilobytes, Math::max)));
    }

    private static Optional<Long> highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two looks, or this system has no /proc: nothing to add
        }
        return Optional.empty();
    }
}
