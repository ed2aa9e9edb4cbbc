/**
 * From a validated questionnaire to the Markdown of its charter or sheet: the view model, the
 * wording in French or English and the strict Markdown-escaping Mustache templates. Depends on
 * {@code model}, {@code document} (the identity the writers print) and {@code internal}.
 */
package fr.charteia.compose;
