package fr.charteia.compose;

import fr.charteia.model.DataCategory;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The declared roles, tools, data and uses indexed by id, built once per document: each rule's
 * references are looked up instead of scanning the lists, so composing costs the size of the
 * questionnaire, not rules × items. Gives what {@code Questionnaire.rolesNamed} and its siblings
 * give.
 */
final class Declared {

    private final Items<Role> roles;
    private final Items<Tool> tools;
    private final Items<DataCategory> data;
    private final Items<Use> uses;

    Declared(Questionnaire q) {
        this.roles = new Items<>(q.roles(), Role::id);
        this.tools = new Items<>(q.tools(), Tool::id);
        this.data = new Items<>(q.data(), DataCategory::id);
        this.uses = new Items<>(q.uses(), Use::id);
    }

    List<Role> roles(List<String> references) {
        return roles.named(references);
    }

    List<Tool> tools(List<String> references) {
        return tools.named(references);
    }

    List<DataCategory> data(List<String> references) {
        return data.named(references);
    }

    Optional<Use> use(String id) {
        return uses.find(id);
    }

    private static final class Items<T> {
        private final List<T> present;
        private final Map<String, T> byId = new HashMap<>();

        Items(List<T> items, Function<T, String> id) {
            this.present = items.stream().filter(Objects::nonNull).toList();
            present.forEach(item -> {
                if (id.apply(item) != null) {
                    byId.putIfAbsent(id.apply(item), item);
                }
            });
        }

        Optional<T> find(String id) {
            return Optional.ofNullable(id == null ? null : byId.get(id));
        }

        List<T> named(List<String> references) {
            if (Ids.namesAll(references)) {
                return present;
            }
            LinkedHashSet<T> found = new LinkedHashSet<>();
            references.forEach(reference -> find(reference).ifPresent(found::add));
            return new ArrayList<>(found);
        }
    }
}
