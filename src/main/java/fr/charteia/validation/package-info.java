/**
 * Checking a questionnaire: field constraints and the rules of {@code validation.rule} through
 * Hibernate Validator, merged with the loader's shape problems into one list of findings in French
 * or English. Depends on {@code model} and {@code load}.
 */
package fr.charteia.validation;
