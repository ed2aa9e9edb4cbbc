package fr.charteia.compose;

import fr.charteia.compose.DocumentView.Prohibition;
import fr.charteia.compose.Phrasing.Conjunction;
import fr.charteia.model.DataCategory;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A forbidden entry as one line a nurse can read: what it is about (the use, the tools, or every
 * tool), what is forbidden, and for whom when it binds only some roles. The sentence patterns are
 * in {@code terms.properties} ({@code forbid.*}); the lists come from {@link Phrasing}.
 */
final class ProhibitionPhrases {

    private final Questionnaire q;
    private final DocumentTerms terms;
    private final Phrasing phrasing;

    ProhibitionPhrases(Questionnaire q, DocumentTerms terms, Phrasing phrasing) {
        this.q = q;
        this.terms = terms;
        this.phrasing = phrasing;
    }

    Prohibition of(ForbiddenUse rule) {
        Optional<Use> use = rule.coversAllUses() ? Optional.empty() : q.findUse(rule.use().get());
        List<String> tools = q.toolsNamed(rule.tools()).stream().map(Tool::displayName).distinct().toList();
        List<String> data = q.dataNamed(rule.data()).stream().map(DataCategory::label).distinct().toList();
        List<String> roles = q.rolesNamed(rule.roles()).stream().map(ShortLabels::of).distinct().toList();
        String subject = "";
        String sentence = "";
        if (rule.namesCombination()) {
            String toolNames = phrasing.join(tools, Conjunction.AND);
            if (use.isPresent()) {
                subject = use.get().label();
                sentence = rule.coversAllTools() ? terms.get("forbid.use.anyTool")
                        : terms.fill("forbid.use.tools", Map.of("tools", toolNames));
                if (!rule.coversAllData()) {
                    sentence += terms.fill("forbid.concernedData", Map.of("data", phrasing.textList(data, Conjunction.AND)));
                }
            } else {
                subject = rule.coversAllTools() ? terms.get("forbid.anyTool") : toolNames;
                sentence = rule.coversAllData() ? terms.get("forbid.noUse")
                        : terms.fill("forbid.data", Map.of("data", phrasing.noneOf(data)));
            }
            if (!rule.coversAllRoles()) {
                sentence += terms.fill("forbid.concernedRoles", Map.of("roles", phrasing.textList(roles, Conjunction.AND)));
            }
        }
        return new Prohibition(rule.namesCombination(), subject, sentence, rule.statement().orElse(""),
                rule.statement().isPresent(), rule.reason().orElse(""), rule.reason().isPresent());
    }
}
