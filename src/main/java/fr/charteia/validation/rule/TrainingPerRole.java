package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.TrainingAction;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * G-TRAINING-ROLE: AI literacy is owed to the staff who use the tools (AI Act art. 4), so each role
 * with an authorised use should be covered by a training action. With no training at all, G-TRAINING
 * already says so once; this rule then stays silent.
 */
final class TrainingPerRole implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        var actions = questionnaire.training().stream().filter(Objects::nonNull).toList();
        if (actions.isEmpty() || actions.stream().anyMatch(TrainingAction::coversAllRoles)) {
            return;
        }
        Set<String> trained = new HashSet<>();
        actions.forEach(action -> trained.addAll(action.roles()));
        Set<String> authorised = new HashSet<>();
        Declared<Role> declared = Declared.roles(questionnaire);
        for (AuthorisedUse rule : questionnaire.authorised()) {
            if (rule != null) {
                declared.items(rule.roles()).forEach(role -> authorised.add(role.id()));
            }
        }
        for (int i = 0; i < questionnaire.roles().size(); i++) {
            Role role = questionnaire.roles().get(i);
            // trained.add: a duplicate id (Q-DUPLICATE) is reported once, at its first declaration
            if (role != null && role.id() != null && authorised.contains(role.id()) && trained.add(role.id())) {
                violations.warning("message").with("role", role.label()).with("roleId", role.id()).at(Where.at("roles", i));
            }
        }
    }
}
