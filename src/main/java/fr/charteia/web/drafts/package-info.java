/**
 * The drafts of the web questionnaire: YAML questionnaires in the workspace, one file each, written
 * atomically, named by ids the server made.
 */
package fr.charteia.web.drafts;
