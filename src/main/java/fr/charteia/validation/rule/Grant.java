package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DataCategory;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One (tool, data) pair an authorised rule grants, with the indexes of the references that name
 * them ({@code "*"} included), so a finding can point at {@code authorised[2].data[1]}.
 */
record Grant(int ruleIndex, AuthorisedUse rule, Optional<Use> use, Tool tool, int toolRef, DataCategory data, int dataRef) {

    Where atRule() {
        return Where.at("authorised", ruleIndex);
    }

    Where atTool() {
        return atRule().then("tools", toolRef);
    }

    Where atData() {
        return atRule().then("data", dataRef);
    }

    /** Every pair granted by every authorised rule of the questionnaire; unknown ids are skipped (Q-REF reports them). */
    static List<Grant> all(Questionnaire questionnaire) {
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i < questionnaire.authorised().size(); i++) {
            AuthorisedUse rule = questionnaire.authorised().get(i);
            if (rule == null) {
                continue;
            }
            Optional<Use> use = questionnaire.findUse(rule.use());
            for (Named<Tool> tool : named(questionnaire.tools(), Tool::id, rule.tools())) {
                for (Named<DataCategory> data : named(questionnaire.data(), DataCategory::id, rule.data())) {
                    grants.add(new Grant(i, rule, use, tool.item(), tool.index(), data.item(), data.index()));
                }
            }
        }
        return grants;
    }

    /** An item named by a reference list, and the index of the reference that names it. */
    record Named<T>(T item, int index) {
    }

    static <T> List<Named<T>> named(List<T> declared, Function<T, String> id, List<String> references) {
        List<Named<T>> found = new ArrayList<>();
        List<T> seen = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            for (T item : declared) {
                if (item != null && !seen.contains(item) && ("*".equals(reference) || id.apply(item) != null
                        && id.apply(item).equals(reference))) {
                    seen.add(item);
                    found.add(new Named<>(item, i));
                }
            }
        }
        return found;
    }
}
