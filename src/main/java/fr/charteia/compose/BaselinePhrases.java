package fr.charteia.compose;

import fr.charteia.compose.DocumentView.Prohibition;
import fr.charteia.compose.Phrasing.Conjunction;
import fr.charteia.model.BaselineProhibition;
import fr.charteia.model.Coded;
import fr.charteia.model.DataCategory;
import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A prohibition of the establishment baseline as one line, in the words of {@link ProhibitionPhrases}
 * ({@code forbid.*} of {@code terms.properties}). The establishment writes on kinds (« données de
 * santé identifiantes »); in a department's documents the kinds are replaced by what the department
 * calls the data, uses and roles of those kinds, so that a nurse recognises them; a kind the
 * department has nothing of keeps its kind's word.
 */
final class BaselinePhrases {

    private final Establishment establishment;
    private final Optional<Questionnaire> department;
    private final DocumentTerms terms;
    private final Phrasing phrasing;

    BaselinePhrases(Establishment establishment, Optional<Questionnaire> department, DocumentTerms terms,
            Phrasing phrasing) {
        this.establishment = establishment;
        this.department = department;
        this.terms = terms;
        this.phrasing = phrasing;
    }

    List<Prohibition> all() {
        return establishment.forbidden().stream().filter(Objects::nonNull).map(this::of).toList();
    }

    Prohibition of(BaselineProhibition rule) {
        String subject = "";
        String sentence = "";
        if (rule.namesCombination()) {
            List<String> tools = tools(rule);
            String toolNames = phrasing.join(tools, Conjunction.AND);
            List<String> data = named(rule.dataKinds(), Questionnaire::data, DataCategory::kind, DataCategory::label);
            if (!rule.useKinds().isEmpty()) {
                subject = Capitals.upperInitial(phrasing.textList(
                        named(rule.useKinds(), Questionnaire::uses, Use::kind, Use::label), Conjunction.OR));
                sentence = rule.coversAllTools() ? terms.get("forbid.use.anyTool")
                        : terms.fill("forbid.use.tools", Map.of("tools", toolNames));
                if (!rule.dataKinds().isEmpty()) {
                    sentence += terms.fill("forbid.concernedData", Map.of("data", phrasing.textList(data, Conjunction.AND)));
                }
            } else {
                subject = rule.coversAllTools() ? terms.get("forbid.anyTool") : toolNames;
                sentence = rule.dataKinds().isEmpty() ? terms.get("forbid.noUse")
                        : terms.fill("forbid.data", Map.of("data", phrasing.noneOf(data)));
            }
            if (!rule.roleKinds().isEmpty()) {
                List<String> roles = named(rule.roleKinds(), Questionnaire::roles, Role::kind, ShortLabels::of);
                sentence += terms.fill("forbid.concernedRoles", Map.of("roles", phrasing.textList(roles, Conjunction.AND)));
            }
        }
        return new Prohibition(rule.namesCombination(), subject, sentence, rule.statement().orElse(""),
                rule.statement().isPresent(), rule.reason().orElse(""), rule.reason().isPresent());
    }

    /**
     * The catalogue tools a prohibition names; in a department's documents, those the department
     * uses, unless it uses none of them (the rule still binds it, should it take one up).
     */
    private List<String> tools(BaselineProhibition rule) {
        List<Tool> named = rule.tools().stream().map(establishment::findTool).flatMap(Optional::stream).toList();
        List<Tool> used = department.map(q -> named.stream()
                .filter(tool -> q.tools().stream().anyMatch(own -> own != null && own.id().equals(tool.id()))).toList())
                .orElse(named);
        return (used.isEmpty() ? named : used).stream().map(Tool::displayName).distinct().toList();
    }

    /**
     * For each kind, the department's items of that kind by their labels, else the kind's word; in
     * the establishment charter, the kinds' words.
     */
    private <K extends Coded, T> List<String> named(List<K> kinds, Function<Questionnaire, List<T>> items,
            Function<T, K> kindOf, Function<T, String> label) {
        return kinds.stream().filter(Objects::nonNull).flatMap(kind -> {
            List<String> own = department.map(q -> items.apply(q).stream().filter(Objects::nonNull)
                    .filter(item -> kindOf.apply(item) == kind).map(label).toList()).orElse(List.of());
            return own.isEmpty() ? java.util.stream.Stream.of(terms.of(kind)) : own.stream();
        }).distinct().toList();
    }
}
