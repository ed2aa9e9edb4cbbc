package fr.charteia.validation.baseline;

import fr.charteia.load.SourceMap;
import fr.charteia.model.Coded;
import fr.charteia.validation.Finding;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Severity;
import fr.charteia.validation.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the baseline rules report: findings in the language asked for, at the line of their path when the department wrote it. */
final class BaselineFindings {

    private final Terms terms;
    private final SourceMap sourceMap;
    private final String baselineName;
    private final List<Finding> findings = new ArrayList<>();

    BaselineFindings(Terms terms, SourceMap sourceMap, String baselineName) {
        this.terms = terms;
        this.sourceMap = sourceMap;
        this.baselineName = baselineName;
    }

    /** The baseline's file name, as the messages quote it. */
    String baselineName() {
        return baselineName;
    }

    Terms terms() {
        return terms;
    }

    String term(Coded value) {
        return terms.of(value);
    }

    /** Adds a finding whose message is {@code key} of the bundle ({@code B-TOOL.message}), {@code {baseline}} filled in. */
    void add(RuleCode code, Severity severity, String key, String path, Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("baseline", baselineName);
        findings.add(new Finding(code, severity, path, terms.fill(key, all), sourceMap.find(path)));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
