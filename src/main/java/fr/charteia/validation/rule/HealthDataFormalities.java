package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DataCategory;
import fr.charteia.model.DataKind;
import fr.charteia.model.DpiaStatus;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
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
        Declared<Tool> tools = Declared.tools(questionnaire);
        Declared<DataCategory> data = Declared.data(questionnaire);
        for (int r = 0; r < questionnaire.authorised().size(); r++) {
            AuthorisedUse rule = questionnaire.authorised().get(r);
            if (rule == null) {
                continue;
            }
            // what the rule's health data say, worked out once for all its tools: not tools × data
            List<Grant.Named<DataCategory>> healthData = data.named(rule.data()).stream()
                    .filter(d -> d.item().kind() != null && d.item().kind().isHealth()).toList();
            if (healthData.isEmpty()) {
                continue;
            }
            Grant.Named<DataCategory> last = healthData.get(healthData.size() - 1);
            boolean anyIdentifying = healthData.stream().anyMatch(d -> d.item().kind() == DataKind.HEALTH_IDENTIFYING);
            Set<String> ruleReferences = new HashSet<>();
            for (Grant.Named<DataCategory> category : healthData) {
                ruleReferences.add(Grant.dataReference(r, rule, category).map(Where::path).orElse("*"));
            }
            for (Grant.Named<Tool> tool : tools.named(rule.tools())) {
                health.add(tool.item());
                references.computeIfAbsent(tool.item(), t -> new HashSet<>()).addAll(ruleReferences);
                anyGrant.put(tool.item(), new Grant(r, rule, Optional.empty(), tool, last));
                if (anyIdentifying) {
                    identifying.add(tool.item());
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
