package fr.charteia.compose;

import fr.charteia.document.Status;
import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DataCategory;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.model.Ids;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The status of each tool × data pair. Authorised without conditions is green; authorised only
 * with conditions, human validation or alongside a prohibition of some uses or roles is orange; a
 * prohibition of the pair for every use and role is red; a pair nothing settles is "unaddressed",
 * printed red too, because what the charter does not authorise is not allowed.
 */
final class StatusMatrix {

    /** For each tool id, the authorised rules naming it (by index), those granting it freely, the prohibitions naming it. */
    private final Map<String, Naming> tools = new HashMap<>();
    private final Map<String, Naming> data = new HashMap<>();

    /**
     * Indexes the rules once by tool and by data category, as bit sets of rule numbers: a cell of
     * the matrix is then an intersection of two small bit sets, not a pass over every rule, so a
     * 500 × 500 matrix costs 250,000 such tests, not 250,000 × 2,000 rules. Compose only runs on a
     * valid questionnaire: ids are unique and every reference is declared.
     */
    StatusMatrix(Questionnaire questionnaire) {
        List<AuthorisedUse> authorised = questionnaire.authorised().stream().filter(Objects::nonNull).toList();
        List<ForbiddenUse> prohibitions = questionnaire.forbidden().stream().filter(Objects::nonNull)
                .filter(ForbiddenUse::namesCombination).toList();
        BitSet free = new BitSet();
        for (int r = 0; r < authorised.size(); r++) {
            AuthorisedUse rule = authorised.get(r);
            free.set(r, rule.conditions().isEmpty() && !rule.humanValidation());
        }
        BitSet outright = new BitSet();
        for (int f = 0; f < prohibitions.size(); f++) {
            // Red only when the pair is forbidden whatever the use and the role; a prohibition of one
            // use (triage, say) says nothing about the other uses of the pair.
            outright.set(f, prohibitions.get(f).coversAllUses() && prohibitions.get(f).coversAllRoles());
        }
        index(tools, questionnaire.tools().stream().filter(Objects::nonNull).map(Tool::id).toList(),
                authorised.stream().map(AuthorisedUse::tools).toList(),
                prohibitions.stream().map(f -> f.coversAllTools() ? List.of(Ids.ALL) : f.tools()).toList(), free, outright);
        index(data, questionnaire.data().stream().filter(Objects::nonNull).map(DataCategory::id).toList(),
                authorised.stream().map(AuthorisedUse::data).toList(),
                prohibitions.stream().map(f -> f.coversAllData() ? List.of(Ids.ALL) : f.data()).toList(), free, outright);
    }

    private static void index(Map<String, Naming> naming, List<String> ids, List<List<String>> granting,
            List<List<String>> forbidding, BitSet free, BitSet outright) {
        ids.forEach(id -> naming.putIfAbsent(id, new Naming(new BitSet(), new BitSet(), new BitSet(), new BitSet())));
        mark(naming, ids, granting, Naming::granted);
        mark(naming, ids, forbidding, Naming::forbidden);
        naming.values().forEach(n -> {
            n.grantedFreely().or(n.granted());
            n.grantedFreely().and(free);
            n.forbiddenOutright().or(n.forbidden());
            n.forbiddenOutright().and(outright);
        });
    }

    private static void mark(Map<String, Naming> naming, List<String> ids, List<List<String>> references,
            Function<Naming, BitSet> bits) {
        for (int r = 0; r < references.size(); r++) {
            if (Ids.namesAll(references.get(r))) {
                for (String id : ids) {
                    bits.apply(naming.get(id)).set(r);
                }
            } else {
                for (String id : references.get(r)) {
                    Naming n = naming.get(id);
                    if (n != null) {
                        bits.apply(n).set(r);
                    }
                }
            }
        }
    }

    Status statusOf(Tool tool, DataCategory category) {
        Naming t = tools.get(tool.id());
        Naming d = data.get(category.id());
        if (t.granted().intersects(d.granted())) {
            // A prohibition limited to some uses or roles still restricts a granted pair.
            return t.grantedFreely().intersects(d.grantedFreely()) && !t.forbidden().intersects(d.forbidden())
                    ? Status.AUTHORISED : Status.CONDITIONAL;
        }
        return t.forbiddenOutright().intersects(d.forbidden()) ? Status.FORBIDDEN : Status.UNADDRESSED;
    }

    /** The rules naming one tool or one data category, as sets of rule numbers. */
    private record Naming(BitSet granted, BitSet grantedFreely, BitSet forbidden, BitSet forbiddenOutright) {
    }
}
