package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DataCategory;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Q-CONTRA: no (use, role, tool, data) combination may be both authorised and forbidden. The
 * message names one combination in common so the user sees the overlap at once.
 */
final class Contradictions implements Rule {

    @Override
    public void check(Questionnaire q, Violations violations) {
        for (int i = 0; i < q.authorised().size(); i++) {
            AuthorisedUse granted = q.authorised().get(i);
            if (granted == null || granted.use() == null) {
                continue;
            }
            for (int j = 0; j < q.forbidden().size(); j++) {
                ForbiddenUse forbidden = q.forbidden().get(j);
                if (forbidden == null || !forbidden.namesCombination()) {
                    continue;
                }
                if (!forbidden.coversAllUses() && !forbidden.use().get().equals(granted.use())) {
                    continue;
                }
                Optional<Role> role = common(q.rolesNamed(granted.roles()), forbidden.coversAllRoles(), forbidden.roles(), Role::id);
                Optional<Tool> tool = common(q.toolsNamed(granted.tools()), forbidden.coversAllTools(), forbidden.tools(), Tool::id);
                Optional<DataCategory> data = common(q.dataNamed(granted.data()), forbidden.coversAllData(), forbidden.data(),
                        DataCategory::id);
                if (role.isPresent() && tool.isPresent() && data.isPresent()) {
                    String useLabel = q.findUse(granted.use()).map(u -> u.label()).orElse(granted.use());
                    violations.error("message")
                            .with("use", useLabel).with("useId", granted.use())
                            .with("role", role.get().label()).with("roleId", role.get().id())
                            .with("tool", tool.get().name()).with("toolId", tool.get().id())
                            .with("data", data.get().label()).with("dataId", data.get().id())
                            .with("forbidden", "forbidden[" + j + "]")
                            .with("reason", forbidden.reason().or(forbidden::statement).orElse(""))
                            // a part left out forbids everything: a misspelt "tools:" would forbid every tool
                            .reading(Where.at("forbidden", j).then("use")).reading(Where.at("forbidden", j).then("roles"))
                            .reading(Where.at("forbidden", j).then("tools")).reading(Where.at("forbidden", j).then("data"))
                            .settledByRemoving(soleDataReference(q, i, granted, forbidden), data.get(), tool.get())
                            .at(Where.at("authorised", i));
                }
            }
        }
    }

    /**
     * The one data reference of the authorised rule through which it grants what the prohibition
     * forbids, if there is one and it names its category by id: removing it settles the contradiction.
     */
    private static Optional<Where> soleDataReference(Questionnaire q, int ruleIndex, AuthorisedUse granted,
            ForbiddenUse forbidden) {
        List<Integer> references = Grant.named(q.data(), DataCategory::id, granted.data()).stream()
                .filter(d -> forbidden.coversAllData() || forbidden.data().contains(d.item().id()))
                .map(Grant.Named::index).distinct().toList();
        return references.size() == 1 && !Ids.ALL.equals(granted.data().get(references.get(0)))
                ? Optional.of(Where.at("authorised", ruleIndex).then("data", references.get(0))) : Optional.empty();
    }

    private static <T> Optional<T> common(List<T> granted, boolean forbidsAll, List<String> forbiddenIds, Function<T, String> id) {
        return granted.stream().filter(item -> forbidsAll || forbiddenIds.contains(id.apply(item))).findFirst();
    }
}
