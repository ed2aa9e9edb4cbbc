/**
 * The guided questionnaire's ten steps: which fields each shows, how posted values become the draft's
 * YAML, and where a finding's field path is edited.
 */
package fr.charteia.web.form;
