package fr.charteia.validation;

import java.util.List;
import java.util.Optional;

/**
 * Attached to each consistency violation as Hibernate Validator's dynamic payload: one constraint
 * may report at different severities (D-TRAINING, D-TRANSFER, G-DATES).
 *
 * @param reads the answers, other than the finding's own field, that the rule read to decide; a
 *     finding is dropped when one of them is missing because the user misspelt its key or wrote a
 *     value of the wrong shape (the loader already said so). {@code [*]} stands for any index.
 * @param cause the data reference whose removal would settle the finding, when there is one; the
 *     findings that share it are reported as one
 */
public record RuleOutcome(RuleCode code, Severity severity, List<String> reads, Optional<SharedCause> cause) {

    public RuleOutcome {
        reads = List.copyOf(reads);
        cause = cause == null ? Optional.empty() : cause;
    }

    public RuleOutcome(RuleCode code, Severity severity) {
        this(code, severity, List.of(), Optional.empty());
    }
}
