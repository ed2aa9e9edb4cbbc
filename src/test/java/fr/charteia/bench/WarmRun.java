package fr.charteia.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The warm part: JMH runs {@code jmh.WarmStages} in a process of its own (one fork per benchmark,
 * 3 warm-up and 5 measured iterations of one second, every call sampled), and its JSON results are
 * read back. JMH and its generated classes are on the classpath only under {@code -Pbench}.
 */
final class WarmRun {

    static final String BENCHMARKS = "fr.charteia.bench.jmh.WarmStages";
    static final String SETTINGS = "le jar livré (pas le classpath des tests), 1 fork, chauffe de 12 × 2 s pour les rendus (3 × 1 s pour les étapes légères), 5 × 1 s de mesure, chaque appel chronométré (JMH, mode SampleTime)";

    /** One benchmark's figures, in milliseconds per call. */
    record Figure(String name, double medianMillis, double meanMillis, long calls) {
    }

    private WarmRun() {
    }

    static boolean available() {
        try {
            Class.forName("org.openjdk.jmh.Main");
            Class.forName(BENCHMARKS);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static List<Figure> run(Path results, Path log) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", productClassPath(), "org.openjdk.jmh.Main", BENCHMARKS,
                "-rf", "json", "-rff", results.toString());
        ProcessRun run = TimedProcess.run(command, Map.of(), log);
        if (!run.succeeded()) {
            throw new IOException("JMH failed (exit " + run.exitCode() + "), see " + log);
        }
        return figures(results);
    }

    /**
     * The shaded jar as users run it, the benchmark classes and JMH: not the test class path, whose test
     * libraries change what the product does (Saxon, brought by a test library, would become the XML
     * transformer POI saves every Word part with, three times slower than the JDK's).
     */
    private static String productClassPath() {
        List<String> entries = new ArrayList<>(List.of(Path.of("target", "test-classes").toString(),
                Path.of("target", "charte-ia.jar").toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("jmh-core") || entry.contains("jopt-simple") || entry.contains("commons-math3")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<Figure> figures(Path results) throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (JsonNode benchmark : new ObjectMapper().readTree(Files.readString(results))) {
            String name = benchmark.path("benchmark").asText();
            JsonNode metric = benchmark.path("primaryMetric");
            if (!"ms/op".equals(metric.path("scoreUnit").asText())) {
                throw new IOException(name + " is measured in " + metric.path("scoreUnit").asText() + ", not ms/op");
            }
            long calls = 0;
            for (JsonNode fork : metric.path("rawDataHistogram")) {
                for (JsonNode iteration : fork) {
                    for (JsonNode bucket : iteration) {
                        calls += bucket.path(1).asLong();
                    }
                }
            }
            figures.add(new Figure(name.substring(name.lastIndexOf('.') + 1),
                    metric.path("scorePercentiles").path("50.0").asDouble(), metric.path("score").asDouble(), calls));
        }
        return figures;
    }
}
