package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

/** The declared tools that at least one authorised rule names, by id or through {@code "*"}. */
final class AuthorisedTools {

    private AuthorisedTools() {
    }

    static Set<Tool> of(Questionnaire questionnaire) {
        Set<Tool> tools = Collections.newSetFromMap(new IdentityHashMap<>());
        Declared<Tool> declared = Declared.tools(questionnaire);
        for (AuthorisedUse rule : questionnaire.authorised()) {
            if (rule != null) {
                declared.items(rule.tools()).stream().filter(Objects::nonNull).forEach(tools::add);
            }
        }
        return tools;
    }
}
