package fr.charteia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code batch} on many generated departments (issue 11's closing note): the packaged jar run under
 * {@code /usr/bin/time -v} with {@code -Xmx512m}, once with the default number of jobs (one per
 * core) and once with {@code --jobs 1}; prints the wall time, the files per second and the peak
 * resident memory of each.
 *
 * <pre>
 * mvn -o -DskipTests -DskipLauncherArchive=true package
 * java -cp target/test-classes fr.charteia.bench.BatchScale [count] [formats] [scratch folder] [jobs: default,1]
 * </pre>
 * {@code -Dbench.jar=…} runs another copy of the jar (so that a rebuild cannot replace it mid-run).
 */
public final class BatchScale {

    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (\\S+)");
    private static final Pattern PEAK = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern TOTALS = Pattern.compile("Total : .*");

    private BatchScale() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String formats = args.length > 1 ? args[1] : "docx,pdf";
        Path scratch = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("charte-ia-batch-scale");
        List<String> runs = List.of((args.length > 3 ? args[3] : "default,1").split(","));
        Path jar = Path.of(System.getProperty("bench.jar", "target/charte-ia.jar"));
        Path time = Path.of("/usr/bin/time");
        if (!Files.isRegularFile(jar) || !Files.isExecutable(time)) {
            throw new IllegalStateException("needs " + jar + " (mvn package) and GNU time at " + time);
        }
        Path tree = scratch.resolve("services");
        List<Path> departments = Departments.writeTree(Path.of("samples"), count, tree);
        System.out.printf(Locale.ROOT, "%d questionnaires in %s, formats %s, %d processors%n", departments.size(), tree,
                formats, Runtime.getRuntime().availableProcessors());
        for (Optional<Integer> jobs : runs.stream().map(r -> r.equals("default") ? Optional.<Integer>empty()
                : Optional.of(Integer.parseInt(r))).toList()) {
            Path out = scratch.resolve(jobs.map(j -> "out-jobs-" + j).orElse("out-default"));
            Path log = scratch.resolve(out.getFileName() + ".log");
            List<String> command = new ArrayList<>(List.of(time.toString(), "-v", "java", "-Xmx512m", "-jar",
                    jar.toString(), "batch", tree.toString(), "--out", out.toString(), "--format", formats));
            jobs.ifPresent(j -> command.addAll(List.of("--jobs", j.toString())));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = process.waitFor();
            String output = Files.readString(log);
            double seconds = seconds(find(WALL, output));
            long peak = Long.parseLong(find(PEAK, output));
            long written;
            try (var files = Files.walk(out)) {
                written = files.filter(file -> file.toString().endsWith(".pdf") || file.toString().endsWith(".docx")
                        || file.toString().endsWith(".md")).count();
            }
            Matcher totals = TOTALS.matcher(output);
            System.out.printf(Locale.ROOT, "jobs %-8s exit %d  %7.1f s  %6.2f questionnaires/s  %6.2f files written/s  "
                    + "peak RSS %d MB%n  %s%n", jobs.map(String::valueOf).orElse("default"), exit, seconds,
                    departments.size() / seconds, written / seconds, peak / 1024, totals.find() ? totals.group() : "");
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not in the output of time -v: " + pattern);
        }
        return m.group(1);
    }

    /** {@code h:mm:ss} or {@code m:ss.ss} as seconds. */
    static double seconds(String clock) {
        double seconds = 0;
        for (String part : clock.split(":")) {
            seconds = seconds * 60 + Double.parseDouble(part);
        }
        return seconds;
    }
}
