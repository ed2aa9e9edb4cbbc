package fr.charteia.validation.rule;

import fr.charteia.model.DataKind;
import fr.charteia.model.Questionnaire;

/**
 * D-TRAINING: a tool that may learn from what it receives gets no personal data (ERROR) and
 * should not get internal documents (WARNING) (CNIL Q&A on reuse of inputs).
 */
final class TrainingOnInputs implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        Grant.each(questionnaire, tool -> tool.trainsOnInputs().mayTrain(),
                data -> data.kind() != null && (data.kind().isPersonal() || data.kind() == DataKind.INTERNAL), grant -> {
                    DataKind kind = grant.data().kind();
                    (kind.isPersonal() ? violations.error("personal") : violations.warning("internal"))
                            .with("tool", grant.tool().name()).with("toolId", grant.tool().id())
                            .with("trains", violations.term(grant.tool().trainsOnInputs()))
                            .with("data", grant.data().label()).with("dataId", grant.data().id())
                            .reading(grant.toolField("trainsOnInputs")).reading(grant.dataField("kind"))
                            .settledByRemoving(grant.dataReference(), grant.data(), grant.tool())
                            .at(grant.atTool());
                });
    }
}
