package fr.charteia.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.charteia.validation.FileReport;
import fr.charteia.validation.JsonFinding;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code rapport.json}: the run, then per file its verdict, its findings exactly as
 * {@code validate --format json} prints them, and the files written (relative to the output folder).
 */
public final class BatchReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BatchReport() {
    }

    /** The counts a run ends with. */
    public record Counts(int files, int valid, int warnings, int errors, int unreadable, int written) {

        public static Counts of(List<FileOutcome> outcomes) {
            return new Counts(outcomes.size(), count(outcomes, Verdict.VALID), count(outcomes, Verdict.WARNINGS),
                    count(outcomes, Verdict.ERRORS), count(outcomes, Verdict.UNREADABLE),
                    outcomes.stream().mapToInt(o -> o.written().size()).sum());
        }

        private static int count(List<FileOutcome> outcomes, Verdict verdict) {
            return (int) outcomes.stream().filter(o -> o.verdict() == verdict).count();
        }
    }

    record Run(String tool, String date, String folder, String out, List<String> formats, String language, Counts counts,
            List<File> files) {
    }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record File(String path, String kind, String department, String reference, String verdict, long errors, long warnings,
            List<JsonFinding> findings, List<String> written, String failure, List<String> notes) {
    }

    public static byte[] json(RunInfo run, List<FileOutcome> outcomes) {
        List<File> files = outcomes.stream().map(BatchReport::file).toList();
        Run report = new Run("charte-ia", run.date().toString(), run.folder(), run.out(), run.formats(), run.language(),
                Counts.of(outcomes), files);
        try {
            return (JSON.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File file(FileOutcome o) {
        return new File(o.path(), o.kind().word(), o.department().orElse(null), o.reference().orElse(null),
                o.verdict().word(), o.errors(), o.warnings(),
                JsonFinding.of(new FileReport(o.path(), true, o.findings())), o.written(), o.failure().orElse(null),
                o.notes().isEmpty() ? null : o.notes());
    }
}
