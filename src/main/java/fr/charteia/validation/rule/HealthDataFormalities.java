package fr.charteia.validation.rule;

import fr.charteia.model.DataKind;
import fr.charteia.model.DpiaStatus;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * D-DPIA: a tool that receives health data is a processing the DPO must be able to account for:
 * an impact assessment (the CNIL lists health-data processing by health establishments for patient
 * care among those that need one, GDPR art. 35), an entry in the register of processing activities
 * (art. 30) and, for identifying data, the information of patients (art. 13-14). Warnings: the
 * questionnaire can only record what the DPO says. One finding per missing formality per tool.
 */
final class HealthDataFormalities implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        Set<Tool> health = identitySet();
        Set<Tool> identifying = identitySet();
        Map<Tool, Set<String>> references = new IdentityHashMap<>();
        Map<Tool, Grant> anyGrant = new IdentityHashMap<>();
        for (Grant grant : Grant.all(questionnaire)) {
            DataKind kind = grant.data().kind();
            if (kind != null && kind.isHealth()) {
                health.add(grant.tool());
                references.computeIfAbsent(grant.tool(), t -> new HashSet<>())
                        .add(grant.dataReference().map(Where::path).orElse("*"));
                anyGrant.put(grant.tool(), grant);
                if (kind == DataKind.HEALTH_IDENTIFYING) {
                    identifying.add(grant.tool());
                }
            }
        }
        for (int i = 0; i < questionnaire.tools().size(); i++) {
            Tool tool = questionnaire.tools().get(i);
            if (tool == null || !health.contains(tool)) {
                continue;
            }
            Where at = Where.at("tools", i);
            // the tool gets health data through one reference only: removing it would lift the formalities
            Grant grant = anyGrant.get(tool);
            Optional<Where> sole = references.get(tool).size() == 1 ? grant.dataReference() : Optional.empty();
            if (tool.dpia() != DpiaStatus.DONE) {
                violations.warning("dpia").with("tool", tool.name()).with("toolId", tool.id())
                        .with("dpia", violations.term(tool.dpia())).lapsesByRemoving(sole, grant.data(), tool)
                        .at(at.then("dpia"));
            }
            if (!tool.record().orElse(false)) {
                violations.warning("record").with("tool", tool.name()).with("toolId", tool.id())
                        .lapsesByRemoving(sole, grant.data(), tool).at(at.then("record"));
            }
            if (identifying.contains(tool) && !tool.patientNotice().orElse(false)) {
                violations.warning("notice").with("tool", tool.name()).with("toolId", tool.id())
                        .lapsesByRemoving(sole, grant.data(), tool).at(at.then("patientNotice"));
            }
        }
    }

    private static Set<Tool> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
