package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * G-UNUSED: a declared item no rule names is probably a forgotten rule. A {@code "*"} in an
 * authorised rule uses every item of its list; in a forbidden rule it does not, since forbidding
 * everything says nothing about a particular tool.
 */
final class UnusedDeclarations implements Rule {

    @Override
    public void check(Questionnaire q, Violations violations) {
        if (q.authorised().isEmpty() && q.forbidden().isEmpty()) {
            return; // Q-EMPTY: with no rule at all, every item is unused; saying it item by item adds nothing
        }
        Set<String> roles = new HashSet<>();
        Set<String> tools = new HashSet<>();
        Set<String> data = new HashSet<>();
        Set<String> uses = new HashSet<>();
        boolean allRoles = false;
        boolean allTools = false;
        boolean allData = false;
        for (AuthorisedUse rule : q.authorised().stream().filter(Objects::nonNull).toList()) {
            uses.add(rule.use());
            roles.addAll(rule.roles());
            tools.addAll(rule.tools());
            data.addAll(rule.data());
            allRoles |= Ids.namesAll(rule.roles());
            allTools |= Ids.namesAll(rule.tools());
            allData |= Ids.namesAll(rule.data());
        }
        for (ForbiddenUse rule : q.forbidden().stream().filter(Objects::nonNull).toList()) {
            rule.use().ifPresent(uses::add);
            roles.addAll(rule.roles());
            tools.addAll(rule.tools());
            data.addAll(rule.data());
        }
        report("roles", q.roles(), r -> r.id(), r -> r.label(), allRoles ? null : roles, violations);
        report("tools", q.tools(), t -> t.id(), t -> t.name(), allTools ? null : tools, violations);
        report("data", q.data(), d -> d.id(), d -> d.label(), allData ? null : data, violations);
        report("uses", q.uses(), u -> u.id(), u -> u.label(), uses, violations);
    }

    /** {@code named} null means every item is used. */
    private static <T> void report(String list, List<T> declared, Function<T, String> id, Function<T, String> label,
            Set<String> named, Violations violations) {
        if (named == null) {
            return;
        }
        for (int i = 0; i < declared.size(); i++) {
            T item = declared.get(i);
            if (item != null && id.apply(item) != null && !named.contains(id.apply(item))) {
                String references = list.equals("uses") ? "use" : list;
                violations.warning(list).with("id", id.apply(item)).with("label", label.apply(item))
                        .reading("authorised").reading("forbidden")
                        .reading("authorised[*]." + references).reading("forbidden[*]." + references)
                        .at(Where.at(list, i));
            }
        }
    }
}
