/**
 * The commented starter questionnaire written by {@code charte-ia init}.
 *
 * <p>{@link fr.charteia.starter.StarterCatalogue} reads the typical content of a French hospital
 * care department from {@code starter/catalogue-fr.yaml}; {@link fr.charteia.starter.StarterQuestionnaire}
 * places it in {@code starter/questionnaire-fr.yaml.mustache} through a Mustache factory that writes
 * every value as a YAML double-quoted scalar, so no catalogue text can break the file. The result is
 * a {@code charte-ia/1} questionnaire that validation refuses for one reason only: each field the
 * department must fill in still holds « À COMPLÉTER » (one G-PLACEHOLDER error each). Once they are
 * replaced it has no error; the D-DPIA warnings left ask the department to check, with the DPO, the
 * tools that receive health data.
 */
package fr.charteia.starter;
