package fr.charteia.compose;

import fr.charteia.compose.DocumentView.Reference;
import java.util.List;

/**
 * What one language of a template set brings to a document: its words, its grammar for running
 * text, its references, its catalogue of risk situations and its way of writing dates. Read once
 * per composer and language.
 */
record LanguageResources(DocumentTerms terms, Phrasing phrasing, List<Reference> references,
        SituationCatalogue situations, DateText dates) {

    LanguageResources {
        references = List.copyOf(references);
    }
}
