package fr.charteia.validation.baseline;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.BaselineProhibition;
import fr.charteia.model.DataCategory;
import fr.charteia.model.Establishment;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * B-LOOSEN: a department may only be stricter than its establishment. An authorised rule that grants
 * a combination a baseline prohibition covers (its tools by id, the department's data, uses and roles by
 * their kind; a part the prohibition leaves out covers everything) is an error, once per rule and
 * prohibition, at the one reference that makes it so when there is one.
 */
final class LooserThanBaseline implements BaselineRule {

    @Override
    public void check(Questionnaire department, Questionnaire completed, Establishment baseline, BaselineFindings findings) {
        for (int i = 0; i < completed.authorised().size(); i++) {
            AuthorisedUse rule = completed.authorised().get(i);
            if (rule == null) {
                continue;
            }
            Optional<Use> use = rule.use() == null ? Optional.empty() : completed.findUse(rule.use());
            for (int p = 0; p < baseline.forbidden().size(); p++) {
                BaselineProhibition prohibition = baseline.forbidden().get(p);
                if (prohibition == null || !prohibition.namesCombination()) {
                    continue;
                }
                Predicate<Tool> tool = t -> prohibition.coversAllTools() || prohibition.tools().contains(t.id());
                Predicate<DataCategory> data = d -> prohibition.dataKinds().isEmpty() || prohibition.dataKinds().contains(d.kind());
                Predicate<Role> role = r -> prohibition.roleKinds().isEmpty() || prohibition.roleKinds().contains(r.kind());
                List<Tool> tools = completed.toolsNamed(rule.tools()).stream().filter(tool).toList();
                List<DataCategory> dataCovered = completed.dataNamed(rule.data()).stream().filter(data).toList();
                List<Role> roles = completed.rolesNamed(rule.roles()).stream().filter(role).toList();
                boolean useCovered = prohibition.useKinds().isEmpty()
                        || use.map(u -> prohibition.useKinds().contains(u.kind())).orElse(false);
                if (tools.isEmpty() || dataCovered.isEmpty() || roles.isEmpty() || !useCovered) {
                    continue;
                }
                String at = "authorised[" + i + "]";
                List<Part> parts = List.of(
                        part(rule.tools(), completed.toolsNamed(rule.tools()), tools, Tool::id, at + ".tools",
                                !prohibition.coversAllTools()),
                        part(rule.data(), completed.dataNamed(rule.data()), dataCovered, DataCategory::id, at + ".data",
                                !prohibition.dataKinds().isEmpty()),
                        part(rule.roles(), completed.rolesNamed(rule.roles()), roles, Role::id, at + ".roles",
                                !prohibition.roleKinds().isEmpty()));
                // the reference the prohibition singles out among several, else any one reference it rests on
                String path = parts.stream().filter(pt -> pt.path().isPresent() && pt.narrowed()).findFirst()
                        .or(() -> parts.stream().filter(pt -> pt.path().isPresent()).findFirst())
                        .flatMap(Part::path)
                        .orElse(!prohibition.useKinds().isEmpty() && prohibition.tools().isEmpty()
                                && prohibition.dataKinds().isEmpty() && prohibition.roleKinds().isEmpty() ? at + ".use" : at);
                findings.add(RuleCode.B_LOOSEN, Severity.ERROR, "B-LOOSEN.message", path, Map.of(
                        "use", use.map(Use::label).orElse(String.valueOf(rule.use())),
                        "tools", quoted(tools, Tool::name),
                        "data", quoted(dataCovered, DataCategory::label),
                        "roles", quoted(roles, Role::label),
                        "number", String.valueOf(p + 1),
                        "reason", prohibition.reason().or(prohibition::statement).orElse("")));
            }
        }
    }

    /** One part of an authorised rule seen by a prohibition: the one reference naming what it covers, if one. */
    private record Part(Optional<String> path, boolean narrowed) {
    }

    /**
     * @param narrowed whether the prohibition restricts this part at all
     * @return the path of the one reference (not {@code "*"}) that names what the prohibition covers, and
     *     whether the prohibition left out other items this part names
     */
    private static <T> Part part(List<String> references, List<T> named, List<T> covered, Function<T, String> id,
            String list, boolean narrowed) {
        if (!narrowed || Ids.namesAll(references)) {
            return new Part(Optional.empty(), false);
        }
        List<String> coveredIds = covered.stream().map(id).filter(Objects::nonNull).toList();
        List<Integer> naming = java.util.stream.IntStream.range(0, references.size())
                .filter(k -> coveredIds.contains(references.get(k))).boxed().toList();
        return new Part(naming.size() == 1 ? Optional.of(list + "[" + naming.get(0) + "]") : Optional.empty(),
                covered.size() < named.size());
    }

    private static <T> String quoted(List<T> items, Function<T, String> label) {
        return items.stream().map(label).map(text -> "« " + text + " »").collect(Collectors.joining(", "));
    }
}
