package fr.charteia.validation;

/**
 * Attached to each consistency violation as Hibernate Validator's dynamic payload: one constraint
 * may report at different severities (D-TRAINING, D-TRANSFER, G-DATES).
 */
public record RuleOutcome(RuleCode code, Severity severity) {
}
