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
        Known roles = ids(q.roles().stream().filter(Objects::nonNull).map(r -> r.id()).toList());
        Known tools = ids(q.tools().stream().filter(Objects::nonNull).map(t -> t.id()).toList());
        Known data = ids(q.data().stream().filter(Objects::nonNull).map(d -> d.id()).toList());
        Known uses = ids(q.uses().stream().filter(Objects::nonNull).map(u -> u.id()).toList());
        for (int i = 0; i < q.authorised().size(); i++) {
            AuthorisedUse rule = q.authorised().get(i);
            if (rule == null) {
                continue;
            }
            Where at = Where.at("authorised", i);
            if (Ids.ALL.equals(rule.use())) {
                // An authorisation grants one named use: "all uses" would authorise what nobody has weighed.
                violations.error("useAll").with("known", uses.text()).at(at.then("use"));
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

    private static Known ids(List<String> ids) {
        return new Known(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /**
     * The ids of a list, and the sorted text of them the messages quote, made once: a file with
     * thousands of unknown references would otherwise sort the list for each.
     */
    private static final class Known {
        private final Set<String> ids;
        private String text;

        Known(Set<String> ids) {
            this.ids = ids;
        }

        boolean contains(String id) {
            return ids.contains(id);
        }

        String text() {
            if (text == null) {
                text = ids.isEmpty() ? "—" : ids.stream().sorted().collect(Collectors.joining(", "));
            }
            return text;
        }
    }

    private static void checkUse(Optional<String> use, Known declared, Where at, Violations violations) {
        use.filter(id -> !id.equals(Ids.ALL) && !declared.contains(id))
                .ifPresent(id -> violations.error("uses").with("id", id).with("known", declared.text())
                        .reading("uses").reading("uses[*].id").at(at.then("use")));
    }

    private static void checkList(List<String> references, Known declared, String list, Where at,
            Violations violations) {
        for (int k = 0; k < references.size(); k++) {
            String id = references.get(k);
            if (id != null && !id.equals(Ids.ALL) && !declared.contains(id)) {
                // a misspelt "tools:" or "id:" leaves the list or an id out: the loader said so, this would only repeat it
                violations.error(list).with("id", id).with("known", declared.text())
                        .reading(list).reading(list + "[*].id").at(at.then(list, k));
            }
        }
    }

}
