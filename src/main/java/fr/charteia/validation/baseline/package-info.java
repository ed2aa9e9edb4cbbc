/**
 * The establishment baseline seen from a department: what the department inherits from it
 * ({@link fr.charteia.validation.baseline.Inheritance}) and the rules that keep a department within it
 * (B-LOOSEN, B-TOOL, B-OVERRIDE), run by {@link fr.charteia.validation.baseline.BaselineRules}.
 */
package fr.charteia.validation.baseline;
