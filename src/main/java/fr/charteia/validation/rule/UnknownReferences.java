package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.TrainingAction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Q-REF: every id a rule or a training action names is declared in its list (or is {@code "*"}). */
final class UnknownReferences implements Rule {

    @Override
    public void check(Questionnaire q, Violations violations) {
        Set<String> roles = ids(q.roles().stream().filter(Objects::nonNull).map(r -> r.id()).toList());
        Set<String> tools = ids(q.tools().stream().filter(Objects::nonNull).map(t -> t.id()).toList());
        Set<String> data = ids(q.data().stream().filter(Objects::nonNull).map(d -> d.id()).toList());
        Set<String> uses = ids(q.uses().stream().filter(Objects::nonNull).map(u -> u.id()).toList());
        for (int i = 0; i < q.authorised().size(); i++) {
            AuthorisedUse rule = q.authorised().get(i);
            if (rule == null) {
                continue;
            }
            Where at = Where.at("authorised", i);
            if (Ids.ALL.equals(rule.use())) {
                // An authorisation grants one named use: "all uses" would authorise what nobody has weighed.
                violations.error("useAll").with("known", known(uses)).at(at.then("use"));
            } else {
                checkUse(Optional.ofNullable(rule.use()), uses, at, violations);
            }
            checkList(rule.roles(), roles, "roles", at, violations);
            checkList(rule.tools(), tools, "tools", at, violations);
            checkList(rule.data(), data, "data", at, violations);
        }
        for (int i = 0; i < q.forbidden().size(); i++) {
            ForbiddenUse rule = q.forbidden().get(i);
            if (rule == null) {
                continue;
            }
            Where at = Where.at("forbidden", i);
            checkUse(rule.use(), uses, at, violations);
            checkList(rule.roles(), roles, "roles", at, violations);
            checkList(rule.tools(), tools, "tools", at, violations);
            checkList(rule.data(), data, "data", at, violations);
        }
        for (int i = 0; i < q.training().size(); i++) {
            TrainingAction action = q.training().get(i);
            if (action != null) {
                checkList(action.roles(), roles, "roles", Where.at("training", i), violations);
            }
        }
    }

    private static Set<String> ids(List<String> ids) {
        return ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static void checkUse(Optional<String> use, Set<String> declared, Where at, Violations violations) {
        use.filter(id -> !id.equals(Ids.ALL) && !declared.contains(id))
                .ifPresent(id -> violations.error("uses").with("id", id).with("known", known(declared))
                        .reading("uses").reading("uses[*].id").at(at.then("use")));
    }

    private static void checkList(List<String> references, Set<String> declared, String list, Where at,
            Violations violations) {
        for (int k = 0; k < references.size(); k++) {
            String id = references.get(k);
            if (id != null && !id.equals(Ids.ALL) && !declared.contains(id)) {
                // a misspelt "tools:" or "id:" leaves the list or an id out: the loader said so, this would only repeat it
                violations.error(list).with("id", id).with("known", known(declared))
                        .reading(list).reading(list + "[*].id").at(at.then(list, k));
            }
        }
    }

    private static String known(Set<String> declared) {
        return declared.isEmpty() ? "—" : declared.stream().sorted().collect(Collectors.joining(", "));
    }
}
