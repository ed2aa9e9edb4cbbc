package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;

/** C-HUMAN: a clinical output is only a proposal until a professional validates it (HAS, A.V.E.C.: Vérifier). */
final class HumanValidation implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        for (AuthorisedEntry entry : AuthorisedEntry.all(questionnaire)) {
            if (entry.use().kind().isClinical() && !entry.rule().humanValidation()) {
                violations.error("message")
                        .with("use", entry.use().label()).with("useId", entry.use().id())
                        .with("useKind", violations.term(entry.use().kind()))
                        .at(entry.at().then("humanValidation"));
            }
        }
    }
}
