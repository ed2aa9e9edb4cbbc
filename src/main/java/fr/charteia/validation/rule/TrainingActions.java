package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;

/** G-TRAINING: deployers must support their staff's AI literacy (AI Act art. 4). */
final class TrainingActions implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        if (!questionnaire.authorised().isEmpty() && questionnaire.training().isEmpty()) {
            violations.warning("message").at(Where.at("training"));
        }
    }
}
