/**
 * Batch generation for a quality team: every questionnaire of a folder tree checked and rendered in
 * parallel, each department on its own, and the run summed up as {@code rapport.json} and the
 * overview workbook {@code synthese.xlsx}. Only small per-file summaries are kept, never documents.
 */
package fr.charteia.batch;
