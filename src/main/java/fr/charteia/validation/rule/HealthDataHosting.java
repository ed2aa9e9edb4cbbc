package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;

/**
 * D-HEALTH-HOSTING: health data go only to a tool hosted by the institution or by a certified
 * health-data host, under contract (CSP L1111-8; GDPR art. 28).
 */
final class HealthDataHosting implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        Grant.each(questionnaire, tool -> tool.hosting() != null && (!tool.hosting().acceptsHealthData() || !tool.contract()),
                data -> data.kind() != null && data.kind().isHealth(), grant -> {
                    Tool tool = grant.tool();
                    boolean hostingOk = tool.hosting().acceptsHealthData();
                    violations.error(hostingOk ? "contract" : "hosting")
                            .with("tool", tool.name()).with("toolId", tool.id())
                            .with("hosting", violations.term(tool.hosting()))
                            .with("data", grant.data().label()).with("dataId", grant.data().id())
                            .reading(grant.toolField(hostingOk ? "contract" : "hosting")).reading(grant.dataField("kind"))
                            .settledByRemoving(grant.dataReference(), grant.data(), tool)
                            .at(grant.atTool());
                });
    }
}
