package fr.charteia.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Questionnaires of a chosen size, written as YAML in memory: the shapes of the scale defects of
 * issue 13 and a department at every documented limit. Made here rather than committed, since a
 * questionnaire at the limits is several megabytes of text.
 *
 * @param roles declared roles, {@code role-1}…
 * @param tools declared tools
 * @param data declared data categories
 * @param uses declared uses
 * @param rules authorised rules; rule {@code i} is for use {@code i mod uses}
 * @param rolesPerRule roles each authorised rule names (its first ones, from a moving start)
 * @param toolsPerRule tools each authorised rule names
 * @param dataPerRule data categories each authorised rule names
 * @param forbidden forbidden combinations, each naming as many roles, tools and data as a rule
 * @param contradicting whether each forbidden combination overlaps the authorised rules of its use
 *        (a contradiction-heavy file, one Q-CONTRA per overlapping pair) or names other ids (a valid file)
 */
public record LargeQuestionnaires(int roles, int tools, int data, int uses, int rules, int rolesPerRule,
        int toolsPerRule, int dataPerRule, int forbidden, boolean contradicting) {

    /** A department at every documented limit (see {@code fr.charteia.load.SizeLimits}). */
    public static LargeQuestionnaires atTheLimits() {
        return new LargeQuestionnaires(500, 500, 500, 500, 1900, 3, 3, 3, 100, false);
    }

    public String yaml() {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("""
                schema: charte-ia/1
                organisation:
                  name: Centre hospitalier de Valmont
                  contacts:
                    dpo: { name: Claire Morvan, email: dpo@ch-valmont.fr }
                    security_officer: { name: Julien Ferrand, email: rssi@ch-valmont.fr }
                    ai_referent: { name: Nadia Benali, email: referent-ia@ch-valmont.fr }
                service:
                  name: Service de grande taille
                  manager: { name: Sandrine Collet, title: Responsable }
                document:
                  reference: QUA-IA-BIG-001
                  version: "1.0"
                  effective_date: 2027-01-04
                  review_date: 2028-01-04
                  written_by: { name: Sandrine Collet, title: Responsable }
                  reviewed_by: { name: Claire Morvan, title: DPO }
                  approved_by: { name: Olivier Masson, title: Directeur }
                """);
        out.append("roles:\n");
        for (int i = 1; i <= roles; i++) {
            out.append("  - { id: role-").append(i).append(", label: Rôle numéro ").append(i)
                    .append(", kind: administrative }\n");
        }
        out.append("tools:\n");
        for (int i = 1; i <= tools; i++) {
            out.append("  - { id: tool-").append(i).append(", name: Outil numéro ").append(i)
                    .append(", kind: institutional, hosting: on_premise, contract: true, trains_on_inputs: false,")
                    .append(" ce_marked: false, account: professional, dpia: done, record: true }\n");
        }
        out.append("data:\n");
        for (int i = 1; i <= data; i++) {
            out.append("  - { id: data-").append(i).append(", label: Données numéro ").append(i)
                    .append(", kind: internal }\n");
        }
        out.append("uses:\n");
        for (int i = 1; i <= uses; i++) {
            out.append("  - { id: use-").append(i).append(", label: Usage numéro ").append(i).append(", kind: drafting }\n");
        }
        out.append("authorised:\n");
        for (int r = 0; r < rules; r++) {
            out.append("  - use: use-").append(r % uses + 1).append('\n')
                    .append("    roles: ").append(ids("role", roles, rolesPerRule, r)).append('\n')
                    .append("    tools: ").append(ids("tool", tools, toolsPerRule, r)).append('\n')
                    .append("    data: ").append(ids("data", data, dataPerRule, r)).append('\n')
                    .append("    human_validation: true\n");
        }
        if (forbidden > 0) {
            out.append("forbidden:\n");
            for (int f = 0; f < forbidden; f++) {
                // far from the ids of the rules of the same use, or right on them
                int shift = contradicting ? f + 1 : f + Math.max(Math.max(roles, tools), data) / 2;
                out.append("  - use: use-").append(f % uses + 1).append('\n')
                        .append("    roles: ").append(ids("role", roles, rolesPerRule, shift)).append('\n')
                        .append("    tools: ").append(ids("tool", tools, toolsPerRule, shift)).append('\n')
                        .append("    data: ").append(ids("data", data, dataPerRule, shift)).append('\n')
                        .append("    reason: Interdiction numéro ").append(f + 1).append('\n');
            }
        }
        out.append("practices:\n  - Relire chaque production avant usage.\n");
        out.append("training:\n  - { title: Formation à l'IA, roles: [\"*\"], date: mars 2027 }\n");
        return out.toString();
    }

    /** {@code count} ids among {@code declared}, starting at a place that moves with {@code shift}. */
    private static String ids(String prefix, int declared, int count, int shift) {
        List<String> ids = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            ids.add(prefix + "-" + ((shift + k) % declared + 1));
        }
        return ids.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Writes the shape named on the command line:
     * {@code roles tools data uses rules rolesPerRule toolsPerRule dataPerRule forbidden contradicting}.
     */
    public static void main(String[] args) {
        int[] n = IntStream.range(0, 9).map(i -> Integer.parseInt(args[i])).toArray();
        System.out.print(new LargeQuestionnaires(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8],
                Boolean.parseBoolean(args[9])).yaml());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d rôles, %d outils, %d données, %d usages, %d règles (%d × %d × %d), %d interdictions%s",
                roles, tools, data, uses, rules, rolesPerRule, toolsPerRule, dataPerRule, forbidden,
                contradicting ? " contradictoires" : "");
    }
}
