package fr.charteia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What the figures depend on: the processor, the memory, the Java, and how busy the machine was. */
record Machine(int cores, String processor, String memory, String os, String harnessJava, String commandJava) {

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("inconnu"),
                firstValue(Path.of("/proc/meminfo"), "MemTotal").map(Machine::gigabytes).orElse("inconnue"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                javaOnPath());
    }

    /** The three load averages of {@code /proc/loadavg} (1, 5 and 15 minutes), or "inconnue". */
    static String loadAverage() {
        try {
            List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+"));
            return String.join(" ", parts.subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "inconnue";
        }
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String gigabytes(String memTotal) {
        long kilobytes = Long.parseLong(memTotal.replaceAll("[^0-9]", ""));
        return String.format(java.util.Locale.FRENCH, "%.1f Go", kilobytes / 1024.0 / 1024.0);
    }

    /** The first line of {@code java -version}: the Java a launcher script finds on the PATH. */
    private static String javaOnPath() {
        try {
            Process process = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes());
            process.waitFor(30, TimeUnit.SECONDS);
            return text.lines().findFirst().orElse("inconnue");
        } catch (IOException e) {
            return "absente du PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "inconnue";
        }
    }
}
