/**
 * The commented starter questionnaire written by {@code charte-ia init}.
 *
 * <p>{@link fr.charteia.starter.StarterCatalogue} reads the typical content of a French hospital
 * care department from {@code starter/catalogue-fr.yaml}; {@link fr.charteia.starter.StarterQuestionnaire}
 * places it in {@code starter/questionnaire-fr.yaml.mustache} through a Mustache factory that writes
 * every value as a YAML double-quoted scalar, so no catalogue text can break the file. The result is
 * a valid {@code charte-ia/1} questionnaire with no error and no warning, to be adapted by the
 * department.
 */
package fr.charteia.starter;
