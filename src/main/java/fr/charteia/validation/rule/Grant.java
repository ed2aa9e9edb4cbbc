package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DataCategory;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
        return dataReference(ruleIndex, rule, namedData);
    }

    static Optional<Where> dataReference(int ruleIndex, AuthorisedUse rule, Named<DataCategory> data) {
        return "*".equals(rule.data().get(data.index())) ? Optional.empty()
                : Optional.of(Where.at("authorised", ruleIndex).then("data", data.index()));
    }

    /** A field of the tool where it is declared, {@code tools[1].hosting}: what the rule read. */
    Where toolField(String property) {
        return Where.at("tools", namedTool.declared()).then(property);
    }

    Where dataField(String property) {
        return Where.at("data", namedData.declared()).then(property);
    }

    /**
     * Every pair granted by every authorised rule whose tool and data pass the filters, in the order
     * of the rules, then of their tools, then of their data; unknown ids are skipped (Q-REF reports
     * them). The filters run on each named tool and data category once per rule, so a rule naming 500
     * tools and 500 data categories costs a thousand tests, not 250,000 pairs, unless the pairs are
     * findings.
     */
    static void each(Questionnaire questionnaire, Predicate<Tool> toolFilter, Predicate<DataCategory> dataFilter,
            Consumer<Grant> action) {
        Declared<Tool> tools = Declared.tools(questionnaire);
        Declared<DataCategory> data = Declared.data(questionnaire);
        Declared<Use> uses = Declared.uses(questionnaire);
        for (int i = 0; i < questionnaire.authorised().size(); i++) {
            AuthorisedUse rule = questionnaire.authorised().get(i);
            if (rule == null) {
                continue;
            }
            List<Named<DataCategory>> namedData = data.named(rule.data()).stream().filter(d -> dataFilter.test(d.item())).toList();
            if (namedData.isEmpty()) {
                continue;
            }
            Optional<Use> use = uses.find(rule.use());
            for (Named<Tool> tool : tools.named(rule.tools())) {
                if (toolFilter.test(tool.item())) {
                    for (Named<DataCategory> category : namedData) {
                        action.accept(new Grant(i, rule, use, tool, category));
                    }
                }
            }
        }
    }

    /** An item named by a reference list, the index of the reference that names it, and its index in its own list. */
    record Named<T>(T item, int index, int declared) {
    }
}
