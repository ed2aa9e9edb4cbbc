package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;

/**
 * One rule of the catalogue. It looks at the whole questionnaire and reports through
 * {@link Violations}. It must tolerate missing parts (null fields, null list items): a
 * questionnaire with shape problems is still checked for everything else.
 */
public interface Rule {

    void check(Questionnaire questionnaire, Violations violations);
}
