/**
 * The consistency rules, one small class each, listed by {@link fr.charteia.validation.rule.RuleCatalogue}
 * and run as one class-level constraint on the questionnaire. Depends on {@code model}, {@code load}
 * (field paths) and {@code validation}.
 */
package fr.charteia.validation.rule;
