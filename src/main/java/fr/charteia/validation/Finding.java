package fr.charteia.validation;

import fr.charteia.load.SourcePosition;
import java.util.Optional;

/**
 * One problem of a questionnaire: which rule, how serious, where (field path in YAML spelling,
 * and the line when known) and what to do, in the language asked for.
 */
public record Finding(RuleCode code, Severity severity, String path, String message, Optional<SourcePosition> position) {

    public Finding {
        position = position == null ? Optional.empty() : position;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
