package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.model.ToolAccount;
import fr.charteia.model.ToolKind;
import java.util.Optional;
import java.util.Set;

/**
 * D-ACCOUNT: professional work is never done on a personal account (ERROR); for a public service
 * the CNIL Q&amp;A (July 2024) asks for dedicated professional accounts, so the account of an
 * authorised public tool must be stated (WARNING). One finding per tool, however many rules name it.
 */
final class PersonalAccounts implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        Set<Tool> authorised = AuthorisedTools.of(questionnaire);
        for (int i = 0; i < questionnaire.tools().size(); i++) {
            Tool tool = questionnaire.tools().get(i);
            if (tool == null || !authorised.contains(tool)) {
                continue;
            }
            Optional<ToolAccount> account = tool.account();
            // Both at tools[i].account, written or not: an account of the wrong shape is then Q-SCHEMA's alone.
            Where at = Where.at("tools", i).then("account");
            if (account.filter(a -> a == ToolAccount.PERSONAL).isPresent()) {
                violations.error("personal").with("tool", tool.name()).with("toolId", tool.id()).at(at);
            } else if (account.isEmpty() && tool.kind() == ToolKind.PUBLIC) {
                violations.warning("unstated").with("tool", tool.name()).with("toolId", tool.id()).at(at);
            }
        }
    }
}
