package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DataCategory;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Q-CONTRA: no (use, role, tool, data) combination may be both authorised and forbidden. The
 * message names one combination in common so the user sees the overlap at once.
 *
 * <p>Each rule is compared with each prohibition by the sets of ids they name, as bit sets: with
 * 2,000 rules of 500 ids each, a pair costs a few word operations, and no (role, tool, data)
 * product is ever built. Only a pair that contradicts is looked at item by item, to name one
 * combination in common.
 */
final class Contradictions implements Rule {

    @Override
    public void check(Questionnaire q, Violations violations) {
        Side<Role> roles = new Side<>(q.roles(), Role::id, Declared.roles(q));
        Side<Tool> tools = new Side<>(q.tools(), Tool::id, Declared.tools(q));
        Side<DataCategory> data = new Side<>(q.data(), DataCategory::id, Declared.data(q));
        List<Prohibition> prohibitions = new ArrayList<>();
        for (int j = 0; j < q.forbidden().size(); j++) {
            ForbiddenUse forbidden = q.forbidden().get(j);
            if (forbidden != null && forbidden.namesCombination()) {
                prohibitions.add(new Prohibition(j, forbidden, roles.forbidden(forbidden.coversAllRoles(), forbidden.roles()),
                        tools.forbidden(forbidden.coversAllTools(), forbidden.tools()),
                        data.forbidden(forbidden.coversAllData(), forbidden.data())));
            }
        }
        if (prohibitions.isEmpty()) {
            return;
        }
        Declared<Use> uses = Declared.uses(q);
        for (int i = 0; i < q.authorised().size(); i++) {
            AuthorisedUse granted = q.authorised().get(i);
            if (granted == null || granted.use() == null) {
                continue;
            }
            Granted<Role> grantedRoles = roles.granted(granted.roles());
            Granted<Tool> grantedTools = tools.granted(granted.tools());
            Granted<DataCategory> grantedData = data.granted(granted.data());
            for (Prohibition prohibition : prohibitions) {
                ForbiddenUse forbidden = prohibition.rule();
                if (!forbidden.coversAllUses() && !forbidden.use().get().equals(granted.use())) {
                    continue;
                }
                if (!grantedRoles.meets(prohibition.roles()) || !grantedTools.meets(prohibition.tools())
                        || !grantedData.meets(prohibition.data())) {
                    continue;
                }
                Role role = grantedRoles.first(prohibition.roles());
                Tool tool = grantedTools.first(prohibition.tools());
                DataCategory category = grantedData.first(prohibition.data());
                int j = prohibition.index();
                String useLabel = uses.find(granted.use()).map(u -> u.label()).orElse(granted.use());
                violations.error("message")
                        .with("use", useLabel).with("useId", granted.use())
                        .with("role", role.label()).with("roleId", role.id())
                        .with("tool", tool.name()).with("toolId", tool.id())
                        .with("data", category.label()).with("dataId", category.id())
                        .with("forbidden", "forbidden[" + j + "]")
                        .with("reason", forbidden.reason().or(forbidden::statement).orElse(""))
                        // a part left out forbids everything: a misspelt "tools:" would forbid every tool
                        .reading(Where.at("forbidden", j).then("use")).reading(Where.at("forbidden", j).then("roles"))
                        .reading(Where.at("forbidden", j).then("tools")).reading(Where.at("forbidden", j).then("data"))
                        .settledByRemoving(soleDataReference(data.declared(), i, granted, forbidden), category, tool)
                        .at(Where.at("authorised", i));
            }
        }
    }

    /**
     * The one data reference of the authorised rule through which it grants what the prohibition
     * forbids, if there is one and it names its category by id: removing it settles the contradiction.
     */
    private static Optional<Where> soleDataReference(Declared<DataCategory> declared, int ruleIndex, AuthorisedUse granted,
            ForbiddenUse forbidden) {
        Set<String> forbiddenIds = new HashSet<>(forbidden.data());
        List<Integer> references = declared.named(granted.data()).stream()
                .filter(d -> forbidden.coversAllData() || forbiddenIds.contains(d.item().id()))
                .map(Grant.Named::index).distinct().toList();
        return references.size() == 1 && !Ids.ALL.equals(granted.data().get(references.get(0)))
                ? Optional.of(Where.at("authorised", ruleIndex).then("data", references.get(0))) : Optional.empty();
    }

    private record Prohibition(int index, ForbiddenUse rule, Forbidden roles, Forbidden tools, Forbidden data) {
    }

    /** What a prohibition names of one list: everything, or these ids (as bits, and as written). */
    private record Forbidden(boolean all, BitSet bits, Set<String> ids) {
    }

    /** One list (roles, tools or data) and a number for each id it declares, the bit of that id. */
    private record Side<T>(List<T> items, Function<T, String> id, Declared<T> declared, Map<String, Integer> bit) {

        Side(List<T> items, Function<T, String> id, Declared<T> declared) {
            this(items, id, declared, new HashMap<>());
            for (T item : items) {
                if (item != null && id.apply(item) != null) {
                    bit.putIfAbsent(id.apply(item), bit.size());
                }
            }
        }

        Forbidden forbidden(boolean all, List<String> references) {
            BitSet bits = new BitSet();
            for (String reference : references) {
                Integer b = reference == null ? null : bit.get(reference);
                if (b != null) {
                    bits.set(b);
                }
            }
            return new Forbidden(all, bits, new HashSet<>(references));
        }

        Granted<T> granted(List<String> references) {
            List<T> named = declared.items(references);
            BitSet bits = new BitSet();
            boolean unnamed = false;
            for (T item : named) {
                String itemId = id.apply(item);
                if (itemId == null) {
                    unnamed = true;
                } else {
                    bits.set(bit.get(itemId));
                }
            }
            return new Granted<>(named, id, bits, unnamed);
        }
    }

    /** What an authorised rule names of one list, in the order of its references. */
    private record Granted<T>(List<T> named, Function<T, String> id, BitSet bits, boolean unnamed) {

        boolean meets(Forbidden forbidden) {
            if (forbidden.all()) {
                return !named.isEmpty();
            }
            // an item without id (a file of the wrong shape) meets a prohibition naming a blank id
            return bits.intersects(forbidden.bits()) || unnamed && forbidden.ids().contains(null);
        }

        /** The first item in common, the one the message names. */
        T first(Forbidden forbidden) {
            return named.stream().filter(item -> forbidden.all() || forbidden.ids().contains(id.apply(item))).findFirst()
                    .orElseThrow();
        }
    }
}
