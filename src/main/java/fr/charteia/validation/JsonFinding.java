package fr.charteia.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A finding as JSON, field by field in this order: what {@code validate --format json} prints for each
 * finding and what the HTTP API answers, so that both say exactly the same thing.
 *
 * @param code the primary code
 * @param codes every rule the finding stands for, primary first
 * @param line absent when the finding has no position
 * @param column absent when the finding has no position
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonFinding(String code, List<String> codes, String severity, String path, String message, Integer line,
        Integer column) {

    public static JsonFinding of(Finding f) {
        return new JsonFinding(f.code().code(), f.codes().stream().map(c -> c.code()).toList(), f.severity().name(),
                f.path(), f.message(),
                f.position().map(p -> p.line()).orElse(null), f.position().map(p -> p.column()).orElse(null));
    }

    /** Every finding of {@code report}, in report order. */
    public static List<JsonFinding> of(FileReport report) {
        return report.findings().stream().map(JsonFinding::of).toList();
    }
}
