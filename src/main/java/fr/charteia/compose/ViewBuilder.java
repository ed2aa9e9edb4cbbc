package fr.charteia.compose;

import fr.charteia.compose.DocumentView.Cell;
import fr.charteia.compose.DocumentView.ContactView;
import fr.charteia.compose.DocumentView.DataView;
import fr.charteia.compose.DocumentView.Grant;
import fr.charteia.compose.DocumentView.Incident;
import fr.charteia.compose.DocumentView.Matrix;
import fr.charteia.compose.DocumentView.MatrixRow;
import fr.charteia.compose.DocumentView.Person;
import fr.charteia.compose.DocumentView.Prohibition;
import fr.charteia.compose.DocumentView.Reference;
import fr.charteia.compose.DocumentView.RoleUse;
import fr.charteia.compose.DocumentView.RoleView;
import fr.charteia.compose.DocumentView.ToolView;
import fr.charteia.compose.DocumentView.Training;
import fr.charteia.compose.DocumentView.UseView;
import fr.charteia.document.Status;
import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.Contact;
import fr.charteia.model.DataCategory;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.ToolKind;
import fr.charteia.model.Use;
import fr.charteia.model.UseKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes the {@link DocumentView} of a validated questionnaire: every decision the templates need. */
final class ViewBuilder {

    private final Questionnaire q;
    private final DocumentTerms terms;
    private final List<Reference> references;
    private final DateText dates;

    ViewBuilder(Questionnaire questionnaire, DocumentTerms terms, List<Reference> references, DateText dates) {
        this.q = questionnaire;
        this.terms = terms;
        this.references = List.copyOf(references);
        this.dates = dates;
    }

    DocumentView build() {
        List<Tool> tools = present(q.tools());
        List<DataCategory> data = present(q.data());
        List<Role> roles = present(q.roles());
        List<AuthorisedUse> authorised = present(q.authorised());
        Matrix matrix = matrix(tools, data);
        boolean unaddressed = matrix.rows().stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.status().equals(Status.UNADDRESSED.cssClass()));
        List<String> devices = authorised.stream()
                .filter(rule -> useOf(rule).map(u -> u.kind().isClinical()).orElse(false))
                .flatMap(rule -> q.toolsNamed(rule.tools()).stream())
                .filter(tool -> tool.kind() == ToolKind.MEDICAL_DEVICE || tool.ceMarked())
                .map(Tool::name).distinct().toList();
        List<String> supervised = authorised.stream()
                .filter(rule -> useOf(rule).map(u -> u.kind().isClinical()).orElse(false))
                .flatMap(rule -> q.rolesNamed(rule.roles()).stream())
                .filter(role -> role.kind().needsClinicalSupervision())
                .map(Role::label).distinct().toList();
        boolean patientTexts = authorised.stream()
                .anyMatch(rule -> useOf(rule).map(u -> u.kind() == UseKind.PATIENT_COMMUNICATION).orElse(false));
        List<String> publicTools = tools.stream().filter(t -> t.kind() == ToolKind.PUBLIC).map(Tool::name).toList();
        List<String> distribution = q.document().distribution();
        return new DocumentView(
                q.organisation().name(),
                q.service().name(),
                q.service().unit().orElse(""),
                q.service().unit().isPresent(),
                q.document().reference(),
                q.document().version(),
                dates.format(q.document().effectiveDate()),
                dates.format(q.document().reviewDate()),
                person(q.service().manager()),
                person(q.document().writtenBy()),
                person(q.document().reviewedBy()),
                person(q.document().approvedBy()),
                distribution,
                !distribution.isEmpty(),
                roles.stream().map(role -> roleView(role, authorised)).toList(),
                !roles.isEmpty(),
                tools.stream().map(tool -> toolView(tool, data, matrix)).toList(),
                !tools.isEmpty(),
                data.stream().map(d -> new DataView(d.label(), terms.of(d.kind()), d.examples().orElse(""),
                        d.examples().isPresent())).toList(),
                present(q.uses()).stream().map(u -> new UseView(u.label(), terms.of(u.kind()), u.description().orElse(""),
                        u.description().isPresent(), u.kind().isClinical())).toList(),
                matrix,
                unaddressed,
                authorised.stream().map(this::grant).toList(),
                !authorised.isEmpty(),
                present(q.forbidden()).stream().map(this::prohibition).toList(),
                !q.forbidden().isEmpty(),
                references,
                q.practices(),
                !q.practices().isEmpty(),
                new Incident(q.incident().map(i -> i.procedure()).orElse(""), q.incident().isPresent()),
                contacts(),
                present(q.training()).stream().map(t -> new Training(t.title(), t.audience().orElse(""),
                        t.audience().isPresent(), t.date().orElse(""), t.date().isPresent())).toList(),
                !q.training().isEmpty(),
                devices,
                !devices.isEmpty(),
                supervised,
                !supervised.isEmpty(),
                patientTexts,
                publicTools,
                !publicTools.isEmpty());
    }

    private Matrix matrix(List<Tool> tools, List<DataCategory> data) {
        StatusMatrix statuses = new StatusMatrix(q);
        List<MatrixRow> rows = new ArrayList<>();
        for (Tool tool : tools) {
            List<Cell> cells = data.stream().map(d -> statuses.statusOf(tool, d))
                    .map(s -> new Cell(s.cssClass(), terms.get("status." + s.cssClass()))).toList();
            rows.add(new MatrixRow(tool.name(), cells));
        }
        return new Matrix(data.stream().map(DataCategory::label).toList(), rows);
    }

    private RoleView roleView(Role role, List<AuthorisedUse> authorised) {
        List<RoleUse> uses = authorised.stream()
                .filter(rule -> q.rolesNamed(rule.roles()).contains(role))
                .map(rule -> new RoleUse(useLabel(rule), joined(q.toolsNamed(rule.tools()), Tool::name),
                        joined(q.dataNamed(rule.data()), DataCategory::label), rule.conditions(),
                        !rule.conditions().isEmpty(), rule.humanValidation(),
                        role.kind().needsClinicalSupervision() && useOf(rule).map(u -> u.kind().isClinical()).orElse(false)))
                .toList();
        return new RoleView(role.label(), terms.of(role.kind()), uses, !uses.isEmpty(), role.kind().needsClinicalSupervision());
    }

    private ToolView toolView(Tool tool, List<DataCategory> data, Matrix matrix) {
        int row = present(q.tools()).indexOf(tool);
        List<String> receives = new ArrayList<>();
        for (int column = 0; column < data.size(); column++) {
            String status = matrix.rows().get(row).cells().get(column).status();
            if (status.equals(Status.AUTHORISED.cssClass()) || status.equals(Status.CONDITIONAL.cssClass())) {
                receives.add(data.get(column).label());
            }
        }
        return new ToolView(tool.name(), terms.of(tool.kind()), terms.of(tool.hosting()),
                terms.get(tool.contract() ? "answer.yes" : "answer.no"), terms.of(tool.trainsOnInputs()),
                tool.ceMarked(), tool.kind() == ToolKind.PUBLIC, receives, !receives.isEmpty());
    }

    private Grant grant(AuthorisedUse rule) {
        Optional<Use> use = useOf(rule);
        boolean clinical = use.map(u -> u.kind().isClinical()).orElse(false);
        boolean supervised = clinical && q.rolesNamed(rule.roles()).stream().anyMatch(r -> r.kind().needsClinicalSupervision());
        return new Grant(useLabel(rule), use.map(u -> terms.of(u.kind())).orElse(""),
                use.flatMap(Use::description).orElse(""), use.flatMap(Use::description).isPresent(),
                joined(q.rolesNamed(rule.roles()), Role::label), fr.charteia.model.Ids.namesAll(rule.roles()),
                joined(q.toolsNamed(rule.tools()), Tool::name),
                joined(q.dataNamed(rule.data()), DataCategory::label), rule.conditions(), !rule.conditions().isEmpty(),
                rule.humanValidation(), clinical, supervised);
    }

    private Prohibition prohibition(ForbiddenUse rule) {
        Optional<Use> use = rule.coversAllUses() ? Optional.empty() : q.findUse(rule.use().get());
        return new Prohibition(use.map(Use::label).orElse(""), use.isPresent(),
                joined(q.rolesNamed(rule.roles()), Role::label), rule.coversAllRoles(),
                joined(q.toolsNamed(rule.tools()), Tool::name), rule.coversAllTools(),
                joined(q.dataNamed(rule.data()), DataCategory::label), rule.coversAllData(),
                rule.namesCombination(), rule.statement().orElse(""), rule.statement().isPresent(),
                rule.reason().orElse(""), rule.reason().isPresent());
    }

    private List<ContactView> contacts() {
        List<ContactView> contacts = new ArrayList<>();
        var c = q.organisation().contacts();
        c.dpo().ifPresent(dpo -> contacts.add(contact("contact.dpo", dpo)));
        c.securityOfficer().ifPresent(rssi -> contacts.add(contact("contact.security_officer", rssi)));
        c.aiReferent().ifPresent(referent -> contacts.add(contact("contact.ai_referent", referent)));
        return contacts;
    }

    private ContactView contact(String roleKey, Contact contact) {
        return new ContactView(terms.get(roleKey), contact.name(), contact.email(), contact.phone().orElse(""),
                contact.phone().isPresent());
    }

    private Optional<Use> useOf(AuthorisedUse rule) {
        return q.findUse(rule.use());
    }

    private String useLabel(AuthorisedUse rule) {
        return useOf(rule).map(Use::label).orElse(rule.use());
    }

    private static Person person(fr.charteia.model.Person person) {
        return new Person(person.name(), person.title());
    }

    private static <T> String joined(List<T> items, Function<T, String> label) {
        Set<String> labels = new LinkedHashSet<>();
        items.forEach(item -> labels.add(label.apply(item)));
        return String.join(", ", labels);
    }

    private static <T> List<T> present(List<T> items) {
        return items.stream().filter(Objects::nonNull).collect(Collectors.toList());
    }
}
