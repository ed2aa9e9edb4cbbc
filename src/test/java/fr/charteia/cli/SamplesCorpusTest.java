package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every bundled sample validates; every file of samples/invalid fails with exactly its recorded codes. */
class SamplesCorpusTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Path INVALID = SAMPLES.resolve("invalid");
    /** An establishment baseline, the departments that name it, and the files its rules refuse. */
    private static final Path ESTABLISHMENT = SAMPLES.resolve("chu-valmont");
    private static final Path ESTABLISHMENT_INVALID = ESTABLISHMENT.resolve("invalid");

    static Stream<Path> validSamples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> samples = files.filter(SamplesCorpusTest::isQuestionnaire).sorted().toList();
            assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
            return Stream.concat(samples.stream(), establishmentSamples().stream());
        }
    }

    /** The baseline first, then its departments (validated from the project folder, which holds both). */
    static List<Path> establishmentSamples() throws IOException {
        try (Stream<Path> departments = Files.list(ESTABLISHMENT.resolve("services"))) {
            return Stream.concat(Stream.of(ESTABLISHMENT.resolve("etablissement.yaml")),
                    departments.filter(SamplesCorpusTest::isQuestionnaire).sorted()).toList();
        }
    }

    static Stream<Arguments> invalidEstablishmentSamples() throws IOException {
        List<String> lines = Files.readAllLines(ESTABLISHMENT_INVALID.resolve("expected.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] columns = line.split("\t");
            Set<String> codes = Arrays.stream(columns[1].split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
            return Arguments.of(ESTABLISHMENT_INVALID.resolve(columns[0]).toString(), codes);
        });
    }

    @Test
    void theEstablishmentSamplesAreABaselineAndThreeDepartmentsWithOneToolOutsideTheCatalogue() throws IOException {
        List<Path> samples = establishmentSamples();
        CommandLineRun run = CommandLineRun.of(Stream.concat(Stream.of("validate", "--format", "json"),
                samples.stream().map(Path::toString)).toArray(String[]::new));

        assertThat(samples).hasSize(4);
        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode reports = new ObjectMapper().readTree(run.out());
        List<String> warnings = new java.util.ArrayList<>();
        reports.forEach(report -> {
            assertThat(report.get("valid").asBoolean()).as(report.get("file").asText()).isTrue();
            report.get("findings").forEach(f -> warnings.add(f.get("code").asText()));
        });
        assertThat(warnings).containsExactly("B-TOOL");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("invalidEstablishmentSamples")
    void invalidDepartmentOfTheEstablishmentFailsWithItsRecordedCodes(String file, Set<String> expectedCodes) throws IOException {
        failsWithCodes(file, expectedCodes);
    }

    static Stream<Arguments> invalidSamples() throws IOException {
        List<String> lines = Files.readAllLines(INVALID.resolve("expected.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] columns = line.split("\t");
            Set<String> codes = Arrays.stream(columns[1].split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
            return Arguments.of(columns[0], codes);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void bundledSampleValidatesWithExitCodeZero(Path sample) {
        CommandLineRun run = CommandLineRun.of("validate", sample.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Verdict : valide").doesNotContain("Erreurs :");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("invalidSamples")
    void invalidSampleFailsWithItsRecordedCodes(String file, Set<String> expectedCodes) throws IOException {
        failsWithCodes(INVALID.resolve(file).toString(), expectedCodes);
    }

    private static void failsWithCodes(String path, Set<String> expectedCodes)
            throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", "--format", "json", path);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(report.get("valid").asBoolean()).isFalse();
        Set<String> codes = new TreeSet<>();
        // a finding that stands for several rules broken at one place carries all their codes, its own first
        report.get("findings").forEach(f -> {
            assertThat(f.get("codes").get(0).asText()).isEqualTo(f.get("code").asText());
            f.get("codes").forEach(code -> codes.add(code.asText()));
        });
        assertThat(codes).isEqualTo(expectedCodes);
    }

    @Test
    void everyInvalidSampleIsRecordedAndEveryRecordExists() throws IOException {
        Set<String> recorded = invalidSamples().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(INVALID)) {
            Set<String> present = files.filter(SamplesCorpusTest::isQuestionnaire)
                    .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertThat(present).isEqualTo(recorded).hasSizeGreaterThanOrEqualTo(15);
        }
    }

    private static boolean isQuestionnaire(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
