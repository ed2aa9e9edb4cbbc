package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.model.UseKind;

/**
 * C-MEDICAL-DEVICE: software that informs diagnostic or therapeutic decisions is a medical device
 * (MDR art. 2(1), rule 11); only a CE-marked one may be used for decision support.
 */
final class DecisionSupportDevice implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        Declared<Tool> declared = Declared.tools(questionnaire);
        for (AuthorisedEntry entry : AuthorisedEntry.all(questionnaire)) {
            if (entry.use().kind() != UseKind.DECISION_SUPPORT) {
                continue;
            }
            for (Grant.Named<Tool> tool : declared.named(entry.rule().tools())) {
                if (!tool.item().ceMarked()) {
                    violations.error("message")
                            .with("use", entry.use().label()).with("useId", entry.use().id())
                            .with("tool", tool.item().name()).with("toolId", tool.item().id())
                            .reading(Where.at("tools", tool.declared()).then("ceMarked"))
                            .at(entry.at().then("tools", tool.index()));
                }
            }
        }
    }
}
