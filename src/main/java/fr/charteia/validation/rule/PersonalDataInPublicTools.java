package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;
import fr.charteia.model.ToolKind;

/** D-PUBLIC-PERSONAL: a consumer tool receives no personal data (CNIL Q&A; ANSSI R34; CSP L1110-4). */
final class PersonalDataInPublicTools implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        Grant.each(questionnaire, tool -> tool.kind() == ToolKind.PUBLIC, data -> data.kind() != null && data.kind().isPersonal(),
                grant -> violations.error("message")
                        .with("tool", grant.tool().name()).with("toolId", grant.tool().id())
                        .with("data", grant.data().label()).with("dataId", grant.data().id())
                        .with("dataKind", violations.term(grant.data().kind()))
                        .reading(grant.toolField("kind")).reading(grant.dataField("kind"))
                        .settledByRemoving(grant.dataReference(), grant.data(), grant.tool())
                        .at(grant.atData()));
    }
}
