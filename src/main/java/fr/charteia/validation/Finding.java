package fr.charteia.validation;

import fr.charteia.load.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * One problem of a questionnaire: which rule, how serious, where (field path in YAML spelling,
 * and the line when known) and what to do, in the language asked for. A finding that stands for
 * several rules broken at one place lists all their codes, the primary one ({@code code}) first.
 */
public record Finding(RuleCode code, Severity severity, String path, String message, Optional<SourcePosition> position,
        List<RuleCode> codes) {

    public Finding {
        position = position == null ? Optional.empty() : position;
        codes = codes == null || codes.isEmpty() ? List.of(code) : List.copyOf(codes);
        if (codes.get(0) != code) {
            throw new IllegalArgumentException("the primary code " + code + " must come first in " + codes);
        }
    }

    /** A finding of one rule. */
    public Finding(RuleCode code, Severity severity, String path, String message, Optional<SourcePosition> position) {
        this(code, severity, path, message, position, List.of(code));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
