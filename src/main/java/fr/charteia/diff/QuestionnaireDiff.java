package fr.charteia.diff;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.Coded;
import fr.charteia.model.Contact;
import fr.charteia.model.Contacts;
import fr.charteia.model.DataCategory;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Organisation;
import fr.charteia.model.Person;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.RiskSituation;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.TrainingAction;
import fr.charteia.model.Use;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The changes from one version of a questionnaire to the next. Roles, tools, data and uses are
 * compared by id, so a new label on the same id is a relabelling; authorisations are compared per
 * use and per tool after {@code "*"} is expanded, so rewriting a rule without changing what it
 * allows says nothing. The changes come most important first: what staff may and may not do, then
 * the tools, the people, the document.
 */
public final class QuestionnaireDiff {

    /** The order of importance of the kinds of change; a kind not listed comes last. */
    private static final List<String> ORDER = List.of("use.authorised", "use.unauthorised", "use.tools", "use.data",
            "role.use", "use.conditions", "use.forbidden", "use.unforbidden", "forbidden", "statement", "tool.data", "tool.added",
            "tool.removed", "tool.renamed", "tool.changed", "role", "data", "use.added", "use.removed", "use.relabelled",
            "contact", "organisation", "service", "document", "practice", "training", "situation", "incident",
            "traceability");

    private final Questionnaire before;
    private final Questionnaire after;
    private final ChangeText text;
    private final List<Change> changes = new ArrayList<>();

    private QuestionnaireDiff(Questionnaire before, Questionnaire after, ChangeText text) {
        this.before = before;
        this.after = after;
        this.text = text;
    }

    /** Every change from {@code before} to {@code after}, most important first. */
    public static List<Change> between(Questionnaire before, Questionnaire after, ChangeText text) {
        QuestionnaireDiff diff = new QuestionnaireDiff(before, after, text);
        diff.authorisations();
        diff.prohibitions();
        diff.toolData();
        diff.tools();
        diff.roles();
        diff.declarations();
        diff.contacts();
        diff.document();
        diff.others();
        List<Change> sorted = new ArrayList<>(diff.changes);
        sorted.sort(Comparator.comparingInt(change -> rank(change.kind())));
        return List.copyOf(sorted);
    }

    /** The text to paste as the {@code changes} of the new version: a heading, then one « - » line per change. */
    public static String asText(List<Change> changes, String oldVersion, ChangeText text) {
        if (changes.isEmpty()) {
            return text.get("none");
        }
        StringBuilder out = new StringBuilder(text.get("heading", oldVersion)).append('\n');
        changes.forEach(change -> out.append("- ").append(change.text()).append('\n'));
        return out.toString();
    }

    private static int rank(String kind) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (kind.equals(ORDER.get(i)) || kind.startsWith(ORDER.get(i) + ".")) {
                return i;
            }
        }
        return ORDER.size();
    }

    private void add(String kind, String subject, String phrase) {
        changes.add(Change.of(kind, subject, phrase));
    }

    private void value(String kind, String subject, String what, Object old, Object now, String oldText, String nowText) {
        changes.add(new Change(kind, subject, text.get("value", what, nowText, oldText), old, now));
    }

    // ---- authorisations, per use

    /** What one version allows for one use: roles, tools and data, every {@code "*"} expanded. */
    private record Grant(Set<String> roles, Set<String> tools, Set<String> data, List<String> conditions,
            boolean validation) {
    }

    private static Map<String, Grant> grants(Questionnaire q) {
        Map<String, Grant> grants = new LinkedHashMap<>();
        for (AuthorisedUse rule : present(q.authorised())) {
            Grant grant = grants.computeIfAbsent(rule.use(),
                    use -> new Grant(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new ArrayList<>(), true));
            q.rolesNamed(rule.roles()).forEach(role -> grant.roles().add(role.id()));
            q.toolsNamed(rule.tools()).forEach(tool -> grant.tools().add(tool.id()));
            q.dataNamed(rule.data()).forEach(data -> grant.data().add(data.id()));
            grant.conditions().addAll(rule.conditions());
            if (!rule.humanValidation()) {
                grants.put(rule.use(), new Grant(grant.roles(), grant.tools(), grant.data(), grant.conditions(), false));
            }
        }
        return grants;
    }

    private void authorisations() {
        Map<String, Grant> old = grants(before);
        Map<String, Grant> now = grants(after);
        for (Map.Entry<String, Grant> entry : now.entrySet()) {
            String use = entry.getKey();
            Grant grant = entry.getValue();
            Grant was = old.get(use);
            if (was == null) {
                add("use.authorised", use, text.get("use.authorised", useLabel(use), roles(grant.roles()),
                        tools(grant.tools()), data(grant.data())));
                continue;
            }
            roleChanges(use, was.roles(), grant.roles());
            if (!added(was.tools(), grant.tools()).isEmpty()) {
                add("use.tools.added", use, text.get("use.tools.added", useLabel(use), tools(added(was.tools(), grant.tools()))));
            }
            if (!added(grant.tools(), was.tools()).isEmpty()) {
                add("use.tools.removed", use, text.get("use.tools.removed", useLabel(use), tools(added(grant.tools(), was.tools()))));
            }
            if (!added(was.data(), grant.data()).isEmpty()) {
                add("use.data.added", use, text.get("use.data.added", useLabel(use), data(added(was.data(), grant.data()))));
            }
            if (!added(grant.data(), was.data()).isEmpty()) {
                add("use.data.removed", use, text.get("use.data.removed", useLabel(use), data(added(grant.data(), was.data()))));
            }
            if (!was.conditions().equals(grant.conditions()) || was.validation() != grant.validation()) {
                add("use.conditions", use, text.get("use.conditions", useLabel(use)));
            }
        }
        for (String use : old.keySet()) {
            if (!now.containsKey(use)) {
                add("use.unauthorised", use, text.get("use.unauthorised", useLabel(use)));
            }
        }
    }

    /** Roles gaining or losing a use that both versions authorise; a new use already lists its roles. */
    private void roleChanges(String use, Set<String> was, Set<String> now) {
        for (String role : added(was, now)) {
            add("role.use.gained", role, text.get("role.use.gained", roleLabel(role), useLabel(use)));
        }
        for (String role : added(now, was)) {
            if (find(after.roles(), Role::id, role).isPresent()) {
                add("role.use.lost", role, text.get("role.use.lost", roleLabel(role), useLabel(use)));
            }
        }
    }

    // ---- prohibitions

    private void prohibitions() {
        Map<String, ForbiddenUse> old = prohibitionsOf(before);
        Map<String, ForbiddenUse> now = prohibitionsOf(after);
        now.forEach((key, rule) -> {
            if (!old.containsKey(key)) {
                prohibition(rule, true);
            }
        });
        old.forEach((key, rule) -> {
            if (!now.containsKey(key)) {
                prohibition(rule, false);
            }
        });
    }

    /** Prohibitions by what they forbid: a combination by its parts (ids sorted), a statement by its words. */
    private static Map<String, ForbiddenUse> prohibitionsOf(Questionnaire q) {
        Map<String, ForbiddenUse> rules = new LinkedHashMap<>();
        for (ForbiddenUse rule : present(q.forbidden())) {
            String key = rule.namesCombination()
                    ? "use=" + rule.use().orElse("*") + ";roles=" + new TreeSet<>(rule.roles()) + ";tools="
                            + new TreeSet<>(rule.tools()) + ";data=" + new TreeSet<>(rule.data())
                    : "statement=" + rule.statement().orElse("").strip();
            rules.putIfAbsent(key, rule);
        }
        return rules;
    }

    private void prohibition(ForbiddenUse rule, boolean added) {
        Questionnaire q = added ? after : before;
        if (!rule.namesCombination()) {
            String statement = ChangeText.shortened(rule.statement().orElse(""));
            add(added ? "statement.added" : "statement.removed", statement,
                    text.get(added ? "statement.added" : "statement.removed", statement));
            return;
        }
        List<String> scope = new ArrayList<>();
        if (!rule.coversAllRoles()) {
            scope.add(text.get("scope.roles", join(q.rolesNamed(rule.roles()).stream().map(r -> shortLabel(r)).toList())));
        }
        if (!rule.coversAllTools()) {
            scope.add(text.get("scope.tools", join(q.toolsNamed(rule.tools()).stream().map(Tool::displayName).toList())));
        } else if (rule.coversAllUses()) {
            scope.add(text.get("scope.allTools"));
        }
        if (!rule.coversAllData()) {
            scope.add(text.get("scope.data", text.quoted(q.dataNamed(rule.data()).stream().map(DataCategory::label).toList())));
        }
        String scoped = String.join(" ", scope);
        if (!rule.coversAllUses()) {
            String use = rule.use().get();
            String label = find(q.uses(), Use::id, use).map(Use::label).orElse(use);
            String phrase = text.get(added ? "use.forbidden" : "use.unforbidden", label)
                    + (scoped.isEmpty() ? "" : " " + text.get("scope", scoped));
            add(added ? "use.forbidden" : "use.unforbidden", use, phrase);
        } else {
            String subject = String.join(",", rule.tools().isEmpty() ? List.of("*") : rule.tools());
            add(added ? "forbidden.added" : "forbidden.removed", subject,
                    text.get(added ? "forbidden.added" : "forbidden.removed", scoped));
        }
    }

    // ---- data each tool may receive

    /** The data categories each tool is authorised with, over every use. */
    private static Map<String, Set<String>> toolData(Questionnaire q) {
        Map<String, Set<String>> data = new LinkedHashMap<>();
        for (AuthorisedUse rule : present(q.authorised())) {
            List<String> ids = q.dataNamed(rule.data()).stream().map(DataCategory::id).toList();
            q.toolsNamed(rule.tools()).forEach(tool -> data.computeIfAbsent(tool.id(), id -> new LinkedHashSet<>()).addAll(ids));
        }
        return data;
    }

    private void toolData() {
        Map<String, Set<String>> old = toolData(before);
        Map<String, Set<String>> now = toolData(after);
        for (Tool tool : present(after.tools())) {
            if (find(before.tools(), Tool::id, tool.id()).isEmpty()) {
                continue;
            }
            Set<String> was = old.getOrDefault(tool.id(), Set.of());
            Set<String> is = now.getOrDefault(tool.id(), Set.of());
            List<String> wider = added(was, is);
            List<String> narrower = added(is, was);
            if (!wider.isEmpty()) {
                add("tool.data.widened", tool.id(), text.get("tool.data.widened", tool.displayName(), data(wider)));
            }
            if (!narrower.isEmpty()) {
                add("tool.data.narrowed", tool.id(), text.get("tool.data.narrowed", tool.displayName(), data(narrower)));
            }
        }
    }

    // ---- tools and their properties

    private void tools() {
        for (Tool tool : present(after.tools())) {
            Optional<Tool> was = find(before.tools(), Tool::id, tool.id());
            if (was.isEmpty()) {
                add("tool.added", tool.id(), text.get("tool.added", tool.name()));
                continue;
            }
            Tool old = was.get();
            if (!old.name().equals(tool.name()) || !old.shortName().equals(tool.shortName())) {
                changes.add(new Change("tool.renamed", tool.id(), text.get("relabelled", text.get("tool"),
                        old.displayName(), tool.displayName()), old.displayName(), tool.displayName()));
            }
            String name = tool.displayName();
            property(tool, name, "kind", old.kind(), tool.kind());
            property(tool, name, "hosting", old.hosting(), tool.hosting());
            property(tool, name, "contract", old.contract(), tool.contract());
            property(tool, name, "trainsOnInputs", old.trainsOnInputs(), tool.trainsOnInputs());
            property(tool, name, "account", old.account().orElse(null), tool.account().orElse(null));
            property(tool, name, "dpia", old.dpia(), tool.dpia());
            property(tool, name, "record", old.record().orElse(null), tool.record().orElse(null));
            property(tool, name, "patientNotice", old.patientNotice().orElse(null), tool.patientNotice().orElse(null));
            property(tool, name, "ceMarked", old.ceMarked(), tool.ceMarked());
        }
        for (Tool tool : present(before.tools())) {
            if (find(after.tools(), Tool::id, tool.id()).isEmpty()) {
                add("tool.removed", tool.id(), text.get("tool.removed", tool.name()));
            }
        }
    }

    private void property(Tool tool, String name, String property, Object old, Object now) {
        if (Objects.equals(old, now)) {
            return;
        }
        changes.add(new Change("tool.changed." + property, tool.id(),
                text.get("tool.changed", name, text.get("property." + property), word(now), word(old)), code(old), code(now)));
    }

    private String word(Object value) {
        if (value == null) {
            return text.unstated();
        }
        if (value instanceof Boolean answer) {
            return text.yesNo(answer);
        }
        Coded coded = (Coded) value;
        return text.term("kind." + coded.getClass().getSimpleName() + "." + coded.code());
    }

    private static Object code(Object value) {
        return value instanceof Coded coded ? coded.code() : value;
    }

    // ---- roles, data categories and uses as declared

    private void roles() {
        declared("role", before.roles(), after.roles(), Role::id, Role::label);
    }

    private void declarations() {
        declared("data", before.data(), after.data(), DataCategory::id, DataCategory::label);
        declared("use", before.uses(), after.uses(), Use::id, Use::label);
    }

    private <T> void declared(String kind, List<T> old, List<T> now, Function<T, String> id, Function<T, String> label) {
        for (T item : present(now)) {
            Optional<T> was = find(old, id, id.apply(item));
            if (was.isEmpty()) {
                add(kind + ".added", id.apply(item), text.get(kind + ".added", label.apply(item)));
            } else if (!label.apply(was.get()).equals(label.apply(item))) {
                changes.add(new Change(kind + ".relabelled", id.apply(item), text.get("relabelled", text.get(kind),
                        label.apply(was.get()), label.apply(item)), label.apply(was.get()), label.apply(item)));
            }
        }
        for (T item : present(old)) {
            if (find(now, id, id.apply(item)).isEmpty()) {
                add(kind + ".removed", id.apply(item), text.get(kind + ".removed", label.apply(item)));
            }
        }
    }

    // ---- contacts

    private void contacts() {
        var old = organisation(before).map(Organisation::contacts).orElse(Contacts.none());
        var now = organisation(after).map(Organisation::contacts).orElse(Contacts.none());
        contact("dpo", old.dpo(), now.dpo());
        contact("security_officer", old.securityOfficer(), now.securityOfficer());
        contact("ai_referent", old.aiReferent(), now.aiReferent());
    }

    private void contact(String role, Optional<Contact> old, Optional<Contact> now) {
        String who = text.get("contact." + role);
        detail(role, who, "name", old.map(Contact::name), now.map(Contact::name));
        detail(role, who, "email", old.map(Contact::email), now.map(Contact::email));
        detail(role, who, "phone", old.flatMap(Contact::phone), now.flatMap(Contact::phone));
    }

    private void detail(String role, String who, String field, Optional<String> old, Optional<String> now) {
        if (!old.equals(now)) {
            value("contact." + role + "." + field, role, text.get("contact." + field, who), old.orElse(null), now.orElse(null),
                    old.orElse(text.unstated()), now.orElse(text.unstated()));
        }
    }

    // ---- the organisation, the service and the document's control block

    private void document() {
        text("organisation.name", "organisation", organisation(before).map(Organisation::name).orElse(null),
                organisation(after).map(Organisation::name).orElse(null));
        text("service.name", "service", before.service().name(), after.service().name());
        text("document.reference", "reference", before.document().reference(), after.document().reference());
        text("document.version", "version", before.document().version(), after.document().version());
        date("document.effectiveDate", "effectiveDate", before.document().effectiveDate(), after.document().effectiveDate());
        date("document.reviewDate", "reviewDate", before.document().reviewDate(), after.document().reviewDate());
        person("document.writtenBy", "writtenBy", before.document().writtenBy(), after.document().writtenBy());
        person("document.reviewedBy", "reviewedBy", before.document().reviewedBy(), after.document().reviewedBy());
        person("document.approvedBy", "approvedBy", before.document().approvedBy(), after.document().approvedBy());
        person("organisation.director", "director", organisation(before).flatMap(Organisation::director).orElse(null),
                organisation(after).flatMap(Organisation::director).orElse(null));
    }

    /** A department that applies an establishment baseline may leave its organisation to it. */
    private static Optional<Organisation> organisation(Questionnaire questionnaire) {
        return Optional.ofNullable(questionnaire.organisation());
    }

    private void text(String kind, String what, String old, String now) {
        if (!Objects.equals(old, now)) {
            value(kind, what, text.get("field." + what), old, now, old == null ? text.unstated() : old,
                    now == null ? text.unstated() : now);
        }
    }

    private void date(String kind, String what, LocalDate old, LocalDate now) {
        if (!Objects.equals(old, now)) {
            value(kind, what, text.get("field." + what), String.valueOf(old), String.valueOf(now),
                    old == null ? text.unstated() : text.date(old), now == null ? text.unstated() : text.date(now));
        }
    }

    private void person(String kind, String what, Person old, Person now) {
        if (!Objects.equals(old, now)) {
            String oldText = old == null ? text.unstated() : old.name() + ", " + old.title();
            String nowText = now == null ? text.unstated() : now.name() + ", " + now.title();
            value(kind, what, text.get("field." + what), oldText, nowText, oldText, nowText);
        }
    }

    // ---- practices, training, situations, incident procedure, traceability

    private void others() {
        strings("practice", before.practices(), after.practices());
        strings("training", present(before.training()).stream().map(TrainingAction::title).toList(),
                present(after.training()).stream().map(TrainingAction::title).toList());
        strings("situation", present(before.situations()).stream().map(RiskSituation::situation).toList(),
                present(after.situations()).stream().map(RiskSituation::situation).toList());
        if (!before.incident().equals(after.incident())) {
            add("incident.changed", "incident", text.get("incident.changed"));
        }
        if (!before.traceability().equals(after.traceability())) {
            add("traceability.changed", "traceability", text.get("traceability.changed"));
        }
    }

    private void strings(String kind, List<String> old, List<String> now) {
        for (String item : added(old, now)) {
            add(kind + ".added", ChangeText.shortened(item), text.get(kind + ".added", ChangeText.shortened(item)));
        }
        for (String item : added(now, old)) {
            add(kind + ".removed", ChangeText.shortened(item), text.get(kind + ".removed", ChangeText.shortened(item)));
        }
    }

    // ---- names

    private String useLabel(String id) {
        return find(after.uses(), Use::id, id).or(() -> find(before.uses(), Use::id, id)).map(Use::label).orElse(id);
    }

    private String roleLabel(String id) {
        return find(after.roles(), Role::id, id).or(() -> find(before.roles(), Role::id, id)).map(QuestionnaireDiff::shortLabel)
                .orElse(id);
    }

    private static String shortLabel(Role role) {
        return role.shortLabel().orElse(role.label());
    }

    private String roles(Collection<String> ids) {
        return join(ids.stream().map(this::roleLabel).toList());
    }

    private String tools(Collection<String> ids) {
        return join(ids.stream().map(id -> find(after.tools(), Tool::id, id).or(() -> find(before.tools(), Tool::id, id))
                .map(Tool::displayName).orElse(id)).toList());
    }

    private String data(Collection<String> ids) {
        return text.quoted(ids.stream().map(id -> find(after.data(), DataCategory::id, id)
                .or(() -> find(before.data(), DataCategory::id, id)).map(DataCategory::label).orElse(id)).toList());
    }

    private String join(List<String> items) {
        return text.join(items);
    }

    /** What {@code now} has that {@code was} has not, in {@code now}'s order. */
    private static List<String> added(Collection<String> was, Collection<String> now) {
        Set<String> old = new LinkedHashSet<>(was);
        return now.stream().filter(item -> !old.contains(item)).distinct().toList();
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        return items.stream().filter(item -> item != null && wanted.equals(id.apply(item))).findFirst();
    }

    private static <T> List<T> present(List<T> items) {
        return items.stream().filter(Objects::nonNull).toList();
    }
}
