package fr.charteia.validation.rule;

import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Questionnaire;

/** Q-SCHEMA: a forbidden entry must say what it forbids, and a forbidden combination why. */
final class ForbiddenEntryShape implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        for (int i = 0; i < questionnaire.forbidden().size(); i++) {
            ForbiddenUse entry = questionnaire.forbidden().get(i);
            if (entry == null) {
                continue;
            }
            if (!entry.namesCombination() && entry.statement().isEmpty()) {
                violations.error("forbiddenEmpty").at(Where.at("forbidden", i));
            } else if (entry.namesCombination() && entry.reason().isEmpty() && entry.statement().isEmpty()) {
                violations.error("forbiddenReason").at(Where.at("forbidden", i));
            }
        }
    }
}
