/**
 * The template check ({@code charte-ia templates check}): renders every template of every language
 * with the samples and with generated questionnaires, instrumented, and reports with file and line
 * what a template author broke: unknown names, dead sections, Markdown the writers do not support,
 * partials missing in one language, a sheet over its page.
 */
package fr.charteia.templatecheck;
