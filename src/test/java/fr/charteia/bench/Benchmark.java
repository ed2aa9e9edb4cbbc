package fr.charteia.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The benchmark anyone can run: {@code mvn -Pbench verify} (after {@code mvn package}, from the
 * project folder). In one run, LibreOffice side by side: warm per-stage times in one JVM (JMH), cold
 * whole-process {@code generate} and {@code validate} of one department, 20 departments in one call,
 * 1,000 departments with a 512 MB heap. Writes {@code target/bench/report.md} and {@code report.json}
 * and prints the Markdown. Speed is measured here, never asserted in a test.
 *
 * <p>System properties: {@code bench.command}, the command to time (split on spaces; by default
 * {@code target/charte-ia} when the build made it, else {@code java -jar target/charte-ia.jar});
 * {@code bench.skipThousand=true}; {@code bench.soffice}, LibreOffice's program when not on the PATH.
 */
public final class Benchmark {

    private static final Path SAMPLES = Path.of("samples");
    private static final Path ONE = SAMPLES.resolve("urgences-adultes.yaml");
    private static final Path OUT = Path.of("target", "bench");

    private final List<String> command;
    private final Path scratch;
    private final Path logs;

    private Benchmark(List<String> command, Path scratch) {
        this.command = command;
        this.scratch = scratch;
        this.logs = OUT.resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT.resolve("logs"));
        Path scratch = Files.createTempDirectory("charte-ia-bench-");
        try {
            Results results = new Benchmark(command(), scratch).run(Boolean.getBoolean("bench.skipThousand"));
            String markdown = Report.markdown(results);
            Files.writeString(OUT.resolve("report.md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(OUT.resolve("report.json"), Report.json(results), StandardCharsets.UTF_8);
            System.out.println(markdown);
            System.out.println("Écrit : " + OUT.resolve("report.md") + " et " + OUT.resolve("report.json"));
        } finally {
            delete(scratch);
        }
    }

    private Results run(boolean skipThousand) throws IOException, InterruptedException {
        ZonedDateTime started = ZonedDateTime.now();
        String loadAtStart = Machine.loadAverage();
        Machine machine = Machine.describe();
        progress("commande mesurée : " + String.join(" ", command) + " ; charge au départ : " + loadAtStart);

        List<WarmRun.Figure> warm = List.of();
        Optional<String> warmSkipped = Optional.empty();
        if (WarmRun.available()) {
            progress("à chaud (JMH, environ 4 minutes)…");
            warm = WarmRun.run(OUT.resolve("jmh.json"), logs.resolve("jmh.log"));
        } else {
            warmSkipped = Optional.of("JMH absent du classpath : lancer avec mvn -Pbench verify");
        }

        Optional<LibreOffice> office = Optional.empty();
        Optional<Path> soffice = LibreOffice.find();
        Path oneDocx = scratch.resolve("one-docx");
        expectSuccess(charteIa(List.of("generate", "--format", "docx", "--out", oneDocx.toString(), ONE.toString()), Map.of(),
                "prepare-one"), "preparing the Word files of " + ONE);
        List<Path> oneDocuments = wordFiles(oneDocx);
        if (soffice.isPresent()) {
            progress("profil LibreOffice créé hors mesure…");
            office = Optional.of(LibreOffice.prepared(soffice.get(), scratch.resolve("lo-profile"), oneDocuments.get(0),
                    scratch.resolve("lo-first"), logs.resolve("soffice-profile.log")));
        }
        Optional<String> officeVersion = office.map(LibreOffice::version);

        progress("à froid, un service : " + Results.ONE_RUNS + " passages generate / validate / LibreOffice…");
        List<ProcessRun> generateOne = new ArrayList<>();
        List<ProcessRun> validateOne = new ArrayList<>();
        List<ProcessRun> officeOne = new ArrayList<>();
        for (int i = 1; i <= Results.ONE_RUNS; i++) {
            generateOne.add(charteIa(List.of("generate", "--out", scratch.resolve("one-" + i).toString(), ONE.toString()),
                    Map.of(), "generate-one"));
            validateOne.add(charteIa(List.of("validate", ONE.toString()), Map.of(), "validate-one"));
            if (office.isPresent()) {
                officeOne.add(office.get().convert(oneDocuments, scratch.resolve("lo-one-" + i), logs.resolve("soffice-one.log")));
            }
        }
        expectSuccess(generateOne, "generate of " + ONE);
        expectSuccess(validateOne, "validate of " + ONE);

        progress("à froid, " + Results.TWENTY + " services : " + Results.TWENTY_RUNS + " passages…");
        Path twenty = scratch.resolve("twenty");
        Departments.write(SAMPLES, Results.TWENTY, twenty);
        Path twentyDocx = scratch.resolve("twenty-docx");
        expectSuccess(charteIa(List.of("generate", "--format", "docx", "--out", twentyDocx.toString(), twenty.toString()),
                Map.of(), "prepare-twenty"), "preparing the Word files of the 20 departments");
        List<Path> twentyDocuments = wordFiles(twentyDocx);
        List<ProcessRun> generateTwenty = new ArrayList<>();
        List<ProcessRun> officeTwenty = new ArrayList<>();
        for (int i = 1; i <= Results.TWENTY_RUNS; i++) {
            generateTwenty.add(charteIa(List.of("generate", "--out", scratch.resolve("twenty-" + i).toString(), twenty.toString()),
                    Map.of(), "generate-twenty"));
            if (office.isPresent()) {
                officeTwenty.add(office.get().convert(twentyDocuments, scratch.resolve("lo-twenty-" + i),
                        logs.resolve("soffice-twenty.log")));
            }
        }
        expectSuccess(generateTwenty, "generate of the 20 departments");

        Optional<ProcessRun> thousand = Optional.empty();
        long thousandFiles = 0;
        if (!skipThousand) {
            progress("1 000 services avec " + Results.THOUSAND_HEAP + " (quelques minutes)…");
            Path folder = scratch.resolve("thousand");
            Departments.write(SAMPLES, Results.THOUSAND, folder);
            Path written = scratch.resolve("thousand-out");
            List<String> line = new ArrayList<>(withHeap(command));
            line.addAll(List.of("generate", "--format", "docx,pdf", "--out", written.toString(), folder.toString()));
            thousand = Optional.of(TimedProcess.run(line, Map.of("JAVA_OPTS", Results.THOUSAND_HEAP),
                    logs.resolve("generate-thousand.log")));
            thousandFiles = count(written);
            delete(written);
        }

        progress("questionnaires aux limites et formes de l'issue 13…");
        List<ScaleRun> scale = new ArrayList<>();
        for (int i = 0; i < ScaleRun.SHAPES.size(); i++) {
            LargeQuestionnaires shape = ScaleRun.SHAPES.get(i);
            Path file = scratch.resolve("grand-" + (i + 1) + ".yaml");
            Files.writeString(file, shape.yaml(), StandardCharsets.UTF_8);
            ProcessRun validate = charteIa(List.of("validate", file.toString()), Map.of(), "validate-scale-" + (i + 1));
            Optional<ProcessRun> generate = Optional.empty();
            if (validate.exitCode() != 1) {
                generate = Optional.of(charteIa(List.of("generate", "--out", scratch.resolve("grand-" + (i + 1)).toString(),
                        file.toString()), Map.of(), "generate-scale-" + (i + 1)));
            }
            scale.add(new ScaleRun(shape.toString(), validate, generate));
        }

        return new Results(started, loadAtStart, Machine.loadAverage(), machine, command, officeVersion, warm, warmSkipped,
                new Series(generateOne), new Series(validateOne), new Series(officeOne), new Series(generateTwenty),
                new Series(officeTwenty), thousand, thousandFiles, scale);
    }

    /** The command given, else the launcher the build makes, else the jar. */
    private static List<String> command() {
        String given = System.getProperty("bench.command", "").strip();
        if (!given.isEmpty()) {
            return List.of(given.split("\\s+"));
        }
        Path launcher = Path.of("target", "charte-ia");
        if (Files.isRegularFile(launcher)) {
            return Files.isExecutable(launcher) ? List.of(launcher.toString()) : List.of("sh", launcher.toString());
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/charte-ia.jar");
    }

    private ProcessRun charteIa(List<String> arguments, Map<String, String> environment, String logName)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(command);
        line.addAll(arguments);
        return TimedProcess.run(line, environment, logs.resolve(logName + ".log"));
    }

    /** The command with a heap limit: the launcher reads it from JAVA_OPTS, plain {@code java} from its arguments. */
    static List<String> withHeap(List<String> command) {
        List<String> line = new ArrayList<>(command);
        Path program = Path.of(command.get(0)).getFileName();
        if (program != null && program.toString().equals("java")) {
            line.add(1, Results.THOUSAND_HEAP);
        }
        return line;
    }

    private void expectSuccess(ProcessRun run, String what) {
        expectSuccess(List.of(run), what);
    }

    private void expectSuccess(List<ProcessRun> runs, String what) {
        runs.stream().filter(run -> !run.succeeded()).findFirst().ifPresent(run -> {
            throw new IllegalStateException(what + " failed with exit code " + run.exitCode() + ": see " + logs);
        });
    }

    private static List<Path> wordFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> documents = files.filter(file -> file.toString().endsWith(".docx")).sorted().toList();
            if (documents.isEmpty()) {
                throw new IllegalStateException("no Word file in " + folder);
            }
            return documents;
        }
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void progress(String message) {
        System.out.println("[bench] " + message);
    }
}
