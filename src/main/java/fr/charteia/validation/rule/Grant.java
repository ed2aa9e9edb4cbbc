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
record Grant(int ruleIndex, AuthorisedUse rule, Optional<Use> use, Named<Tool> namedTool, Named<DataCategory> namedData) {

    Tool tool() {
        return namedTool.item();
    }

    DataCategory data() {
        return namedData.item();
    }

    Where atRule() {
        return Where.at("authorised", ruleIndex);
    }

    Where atTool() {
        return atRule().then("tools", namedTool.index());
    }

    Where atData() {
        return atRule().then("data", namedData.index());
    }

    /**
     * The data reference to remove to take the data away from this rule, when it names them by id;
     * a {@code "*"} stands for every category, so removing it is not the fix for one of them.
     */
    Optional<Where> dataReference() {
        return "*".equals(rule.data().get(namedData.index())) ? Optional.empty() : Optional.of(atData());
    }

    /** A field of the tool where it is declared, {@code tools[1].hosting}: what the rule read. */
    Where toolField(String property) {
        return Where.at("tools", namedTool.declared()).then(property);
    }

    Where dataField(String property) {
        return Where.at("data", namedData.declared()).then(property);
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
                    grants.add(new Grant(i, rule, use, tool, data));
                }
            }
        }
        return grants;
    }

    /** An item named by a reference list, the index of the reference that names it, and its index in its own list. */
    record Named<T>(T item, int index, int declared) {
    }

    static <T> List<Named<T>> named(List<T> declared, Function<T, String> id, List<String> references) {
        List<Named<T>> found = new ArrayList<>();
        List<T> seen = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            for (int d = 0; d < declared.size(); d++) {
                T item = declared.get(d);
                if (item != null && !seen.contains(item) && ("*".equals(reference) || id.apply(item) != null
                        && id.apply(item).equals(reference))) {
                    seen.add(item);
                    found.add(new Named<>(item, i, d));
                }
            }
        }
        return found;
    }
}
