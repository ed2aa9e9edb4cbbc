package fr.charteia.validation.rule;

import fr.charteia.model.DataCategory;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Q-DUPLICATE: ids are unique within their list, or references would be ambiguous. */
final class DuplicateIds implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        checkList("roles", questionnaire.roles(), Role::id, violations);
        checkList("tools", questionnaire.tools(), Tool::id, violations);
        checkList("data", questionnaire.data(), DataCategory::id, violations);
        checkList("uses", questionnaire.uses(), Use::id, violations);
    }

    private static <T> void checkList(String list, List<T> items, Function<T, String> id, Violations violations) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null || id.apply(item) == null) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(id.apply(item), i);
            if (first != null) {
                violations.error("message")
                        .with("id", id.apply(item))
                        .with("list", list)
                        .with("first", list + "[" + first + "]")
                        .at(Where.at(list, i).then("id"));
            }
        }
    }
}
