package fr.charteia.compose;

import fr.charteia.compose.DocumentView.Cell;
import fr.charteia.compose.DocumentView.Grant;
import fr.charteia.compose.DocumentView.GridRow;
import fr.charteia.compose.DocumentView.RoleGrid;
import fr.charteia.compose.DocumentView.SheetUse;
import fr.charteia.compose.DocumentView.UseRoles;
import fr.charteia.compose.Phrasing.Conjunction;
import fr.charteia.document.Status;
import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DataCategory;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.Use;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authorised uses three ways: who may do what (a roles × uses grid), each entry with its
 * tools, data and conditions (the charter's table), and each use once with everyone who may use
 * it (the sheet). A clinical use opened to a role that cannot carry clinical responsibility alone
 * (student, administrative, technical) is marked « under supervision » in all three.
 */
final class UseTables {

    private final Questionnaire q;
    private final DocumentTerms terms;
    private final Phrasing phrasing;
    private final List<Role> roles;
    private final List<AuthorisedUse> authorised;
    /** The authorised entries grouped by use, uses in the order of their first entry. */
    private final Map<Use, List<AuthorisedUse>> byUse = new LinkedHashMap<>();
    /** The roles each use is opened to, by any of its entries. */
    private final Map<Use, Set<Role>> grantedRoles = new HashMap<>();
    private final Declared declared;

    UseTables(Questionnaire q, DocumentTerms terms, Phrasing phrasing) {
        this.q = q;
        this.terms = terms;
        this.phrasing = phrasing;
        this.roles = q.roles().stream().filter(Objects::nonNull).toList();
        this.authorised = q.authorised().stream().filter(Objects::nonNull).toList();
        this.declared = new Declared(q);
        for (AuthorisedUse rule : authorised) {
            declared.use(rule.use()).ifPresent(use -> {
                byUse.computeIfAbsent(use, u -> new ArrayList<>()).add(rule);
                grantedRoles.computeIfAbsent(use, u -> new HashSet<>()).addAll(declared.roles(rule.roles()));
            });
        }
    }

    RoleGrid grid() {
        if (WideTables.listed(roles.size())) {
            return listedGrid();
        }
        List<GridRow> rows = new ArrayList<>();
        boolean supervision = false;
        for (Map.Entry<Use, List<AuthorisedUse>> use : byUse.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            for (Role role : roles) {
                boolean granted = grantedRoles.get(use.getKey()).contains(role);
                if (!granted) {
                    cells.add(new Cell("", "", false));
                } else if (supervised(use.getKey(), role)) {
                    supervision = true;
                    cells.add(new Cell(Status.CONDITIONAL.cssClass(), terms.get("grid.supervised"), true));
                } else {
                    cells.add(new Cell(Status.AUTHORISED.cssClass(), terms.get("grid.authorised"), true));
                }
            }
            rows.add(new GridRow(use.getKey().label(), cells));
        }
        return new RoleGrid(roles.stream().map(ShortLabels::of).toList(), rows, supervision, false, List.of());
    }

    /** The grid with too many roles for columns: each use with the roles it is opened to, freely and under supervision. */
    private RoleGrid listedGrid() {
        List<UseRoles> lines = new ArrayList<>();
        boolean supervision = false;
        for (Use use : byUse.keySet()) {
            Set<Role> opened = grantedRoles.get(use);
            List<Role> granted = roles.stream().filter(opened::contains).toList();
            List<String> free = granted.stream().filter(r -> !supervised(use, r)).map(ShortLabels::of).distinct().toList();
            List<String> underSupervision = granted.stream().filter(r -> supervised(use, r)).map(ShortLabels::of)
                    .distinct().toList();
            supervision |= !underSupervision.isEmpty();
            lines.add(new UseRoles(use.label(), granted.size() == roles.size() && underSupervision.isEmpty() ? terms.get("roles.all") : phrasing.cellList(free),
                    phrasing.cellList(underSupervision)));
        }
        return new RoleGrid(List.of(), List.of(), supervision, true, lines);
    }

    boolean allHumanValidation() {
        return !authorised.isEmpty() && authorised.stream().allMatch(AuthorisedUse::humanValidation);
    }

    List<Grant> grants() {
        boolean all = allHumanValidation();
        List<Grant> grants = new ArrayList<>();
        for (AuthorisedUse rule : authorised) {
            Optional<Use> use = declared.use(rule.use());
            boolean clinical = use.map(u -> u.kind().isClinical()).orElse(false);
            List<Role> named = declared.roles(rule.roles());
            boolean supervised = clinical && named.stream().anyMatch(r -> r.kind().needsClinicalSupervision());
            String roleList = Ids.namesAll(rule.roles()) ? terms.get("roles.all")
                    : phrasing.cellList(named.stream().map(ShortLabels::of).distinct().toList());
            grants.add(new Grant(use.map(Use::label).orElse(rule.use()), use.map(u -> terms.of(u.kind())).orElse(""),
                    roleList, Ids.namesAll(rule.roles()),
                    phrasing.join(declared.tools(rule.tools()).stream().map(Tool::displayName).map(UseTables::unbroken)
                            .distinct().toList(), Conjunction.AND),
                    phrasing.cellList(declared.data(rule.data()).stream().map(DataCategory::label).distinct().toList()),
                    sentences(rule.conditions()), !rule.conditions().isEmpty(), rule.humanValidation(),
                    rule.humanValidation() && !all, clinical, supervised));
        }
        return grants;
    }

    List<SheetUse> sheetUses() {
        List<SheetUse> lines = new ArrayList<>();
        for (Map.Entry<Use, List<AuthorisedUse>> use : byUse.entrySet()) {
            Set<Role> opened = grantedRoles.get(use.getKey());
            List<Role> granted = roles.stream().filter(opened::contains).toList();
            List<String> free = granted.stream().filter(r -> !supervised(use.getKey(), r)).map(ShortLabels::of).toList();
            List<String> supervised = granted.stream().filter(r -> supervised(use.getKey(), r)).map(ShortLabels::of).toList();
            boolean everyone = granted.size() == roles.size() && supervised.isEmpty();
            List<String> who = new ArrayList<>();
            if (everyone) {
                who.add(terms.get("roles.everyone"));
            } else if (!free.isEmpty()) {
                who.add(phrasing.textList(free, Conjunction.AND));
            }
            if (!supervised.isEmpty()) {
                who.add(terms.fill("roles.supervised", Map.of("roles", phrasing.textList(supervised, Conjunction.AND))));
            }
            lines.add(new SheetUse(use.getKey().label(), String.join(terms.get("list.separator"), who),
                    use.getValue().stream().allMatch(AuthorisedUse::humanValidation)));
        }
        return lines;
    }

    /** Roles of kinds that need supervision for clinical work, among those a clinical use is opened to. */
    List<String> supervisedRoles() {
        Set<String> found = new LinkedHashSet<>();
        byUse.forEach((use, rules) -> rules.forEach(rule -> declared.roles(rule.roles()).stream()
                .filter(role -> supervised(use, role)).map(ShortLabels::of).forEach(found::add)));
        return List.copyOf(found);
    }

    private static boolean supervised(Use use, Role role) {
        return use.kind().isClinical() && role.kind().needsClinicalSupervision();
    }

    /**
     * A short name kept on one line in a table cell (no-break spaces): a narrow column then breaks
     * between names, never inside « Assistant DPI ». Long labels keep their spaces.
     */
    private static String unbroken(String shortName) {
        return shortName.length() <= fr.charteia.model.Tool.SHORT_NAME_MAX ? shortName.replace(' ', '\u00A0') : shortName;
    }

    /** Conditions as one text: each a sentence ending with its full stop. */
    private static String sentences(List<String> conditions) {
        List<String> out = new ArrayList<>();
        for (String condition : conditions) {
            String text = condition.strip();
            out.add(text.matches(".*[.!?…]$") ? text : text + ".");
        }
        return String.join(" ", out);
    }
}
