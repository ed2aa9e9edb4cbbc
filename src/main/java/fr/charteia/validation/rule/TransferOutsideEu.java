package fr.charteia.validation.rule;

import fr.charteia.model.DataKind;
import fr.charteia.model.Questionnaire;

/**
 * D-TRANSFER: personal data sent to a tool hosted outside the EU, or nobody knows where, is a
 * transfer that needs safeguards (GDPR art. 44 and following); for health data it is refused.
 */
final class TransferOutsideEu implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        Grant.each(questionnaire, tool -> tool.hosting() != null && tool.hosting().mayTransferOutsideEu(),
                data -> data.kind() != null && data.kind().isPersonal(),
                grant -> (grant.data().kind().isHealth() ? violations.error("health") : violations.warning("personal"))
                        .with("tool", grant.tool().name()).with("toolId", grant.tool().id())
                        .with("hosting", violations.term(grant.tool().hosting()))
                        .with("data", grant.data().label()).with("dataId", grant.data().id())
                        .reading(grant.toolField("hosting")).reading(grant.dataField("kind"))
                        .settledByRemoving(grant.dataReference(), grant.data(), grant.tool())
                        .at(grant.atTool()));
    }
}
