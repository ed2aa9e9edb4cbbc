package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;

/** Q-EMPTY: with no authorised and no forbidden entry the charter would say nothing. */
final class EmptyCharter implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        if (questionnaire.authorised().isEmpty() && questionnaire.forbidden().isEmpty()) {
            violations.error("message").reading("forbidden").at(Where.at("authorised"));
        }
    }
}
