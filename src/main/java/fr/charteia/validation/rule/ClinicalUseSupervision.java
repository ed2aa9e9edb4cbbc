package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;

/**
 * C-ROLE: a clinical use granted to an administrative, technical or student role is allowed, but
 * the charter then states the supervision it needs; the warning makes sure it was meant.
 */
final class ClinicalUseSupervision implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        Declared<Role> declared = Declared.roles(questionnaire);
        for (AuthorisedEntry entry : AuthorisedEntry.all(questionnaire)) {
            if (!entry.use().kind().isClinical()) {
                continue;
            }
            for (Grant.Named<Role> role : declared.named(entry.rule().roles())) {
                if (role.item().kind() != null && role.item().kind().needsClinicalSupervision()) {
                    violations.warning("message")
                            .with("use", entry.use().label()).with("useId", entry.use().id())
                            .with("role", role.item().label()).with("roleId", role.item().id())
                            .with("roleKind", violations.term(role.item().kind()))
                            .at(entry.at().then("roles", role.index()));
                }
            }
        }
    }
}
