/**
 * What changed between two versions of a questionnaire, said in plain words: the lines a quality
 * manager pastes as the {@code changes} of the new version in the charter's history.
 */
package fr.charteia.diff;
