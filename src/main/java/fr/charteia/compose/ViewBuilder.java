package fr.charteia.compose;

import fr.charteia.compose.DocumentView.Cell;
import fr.charteia.compose.DocumentView.ContactView;
import fr.charteia.compose.DocumentView.DataView;
import fr.charteia.compose.DocumentView.Incident;
import fr.charteia.compose.DocumentView.LegendEntry;
import fr.charteia.compose.DocumentView.Matrix;
import fr.charteia.compose.DocumentView.MatrixRow;
import fr.charteia.compose.DocumentView.Person;
import fr.charteia.compose.DocumentView.Reference;
import fr.charteia.compose.DocumentView.RoleView;
import fr.charteia.compose.DocumentView.Situation;
import fr.charteia.compose.DocumentView.ToolGroup;
import fr.charteia.compose.DocumentView.ToolStatuses;
import fr.charteia.compose.DocumentView.ToolView;
import fr.charteia.compose.DocumentView.Training;
import fr.charteia.compose.DocumentView.UseView;
import fr.charteia.compose.DocumentView.BaselineView;
import fr.charteia.compose.DocumentView.Prohibition;
import fr.charteia.compose.DocumentView.Refs;
import fr.charteia.compose.Phrasing.Conjunction;
import fr.charteia.document.Status;
import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.Contact;
import fr.charteia.model.DataCategory;
import fr.charteia.model.Establishment;
import fr.charteia.model.Organisation;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.ToolKind;
import fr.charteia.model.TrainingAction;
import fr.charteia.model.UseKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Computes the {@link DocumentView} of a validated questionnaire: every decision the templates need. */
final class ViewBuilder {

    private final Questionnaire q;
    private final Optional<Establishment> baseline;
    private final DocumentTerms terms;
    private final Phrasing phrasing;
    private final List<Reference> references;
    private final SituationCatalogue situations;
    private final DateText dates;

    ViewBuilder(Questionnaire questionnaire, LanguageResources language) {
        this(questionnaire, Optional.empty(), language);
    }

    /** @param baseline the establishment baseline the department applies, when it names one */
    ViewBuilder(Questionnaire questionnaire, Optional<Establishment> baseline, LanguageResources language) {
        this.q = questionnaire;
        this.baseline = baseline;
        this.terms = language.terms();
        this.phrasing = language.phrasing();
        this.references = language.references();
        this.situations = language.situations();
        this.dates = language.dates();
    }

    DocumentView build() {
        List<Tool> tools = present(q.tools());
        List<DataCategory> data = present(q.data());
        List<Role> roles = present(q.roles());
        List<AuthorisedUse> authorised = present(q.authorised());
        Declared declared = new Declared(q);
        List<List<Status>> statuses = statuses(tools, data);
        Matrix matrix = matrix(tools, data, statuses);
        UseTables uses = new UseTables(q, terms, phrasing);
        ProhibitionPhrases prohibitions = new ProhibitionPhrases(q, terms, phrasing);
        List<String> devices = authorised.stream()
                .filter(rule -> declared.use(rule.use()).map(u -> u.kind().isClinical()).orElse(false))
                .flatMap(rule -> declared.tools(rule.tools()).stream())
                .filter(tool -> tool.kind() == ToolKind.MEDICAL_DEVICE || tool.ceMarked())
                .map(Tool::displayName).distinct().toList();
        List<String> supervised = uses.supervisedRoles();
        boolean patientTexts = authorised.stream()
                .anyMatch(rule -> declared.use(rule.use()).map(u -> u.kind() == UseKind.PATIENT_COMMUNICATION).orElse(false));
        List<String> publicTools = tools.stream().filter(t -> t.kind() == ToolKind.PUBLIC).map(Tool::displayName).toList();
        boolean healthData = data.stream().anyMatch(d -> d.kind().isHealth());
        List<String> distribution = q.document().distribution();
        List<Situation> ownSituations = present(q.situations()).stream()
                .map(s -> new Situation(s.situation(), s.risk(), s.reflex())).toList();
        Optional<fr.charteia.model.Person> director = q.organisation().director();
        List<Tool> patientDataTools = patientDataTools(authorised, declared);
        Set<Tool> receivingPatientData = new HashSet<>(patientDataTools);
        List<ToolView> toolViews = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            toolViews.add(toolView(tools.get(i), data, statuses.get(i), receivingPatientData.contains(tools.get(i))));
        }
        List<String> unusedTools = toolViews.stream().filter(t -> !t.receivesSomething()).map(ToolView::name).toList();
        return new DocumentView(
                q.organisation().name(),
                q.service().name(),
                q.service().unit().orElse(""),
                q.service().unit().isPresent(),
                q.document().reference(),
                q.document().version(),
                dates.format(q.document().effectiveDate()),
                dates.format(q.document().reviewDate()),
                q.document().parentReference().orElse(""),
                q.document().parentReference().isPresent(),
                person(q.service().manager()),
                person(q.document().writtenBy()),
                person(q.document().reviewedBy()),
                person(q.document().approvedBy()),
                director.map(this::person).orElse(new Person("", "", "", "")),
                director.isPresent(),
                distribution,
                !distribution.isEmpty(),
                roles.stream().map(role -> new RoleView(role.label(), ShortLabels.of(role), terms.of(role.kind()))).toList(),
                String.join(terms.get("list.separator"), roles.stream().map(role -> phrasing.inText(role.label())).toList()),
                !roles.isEmpty(),
                toolViews,
                !tools.isEmpty(),
                unusedTools,
                !unusedTools.isEmpty(),
                group(patientDataTools.stream().map(Tool::displayName).toList()),
                group(healthData ? tools.stream().filter(t -> !t.hosting().acceptsHealthData() || !t.contract())
                        .map(Tool::displayName).toList() : List.of()),
                data.stream().map(this::dataView).toList(),
                !data.isEmpty(),
                present(q.uses()).stream().map(u -> new UseView(u.label(), terms.of(u.kind()), u.description().orElse(""),
                        u.description().isPresent(), u.kind().isClinical())).toList(),
                matrix,
                uses.grid(),
                uses.grants(),
                !authorised.isEmpty(),
                uses.allHumanValidation(),
                uses.sheetUses(),
                present(q.forbidden()).stream().map(prohibitions::of).toList(),
                !present(q.forbidden()).isEmpty(),
                ownSituations.isEmpty() ? situations.chooseFor(q) : ownSituations,
                !ownSituations.isEmpty(),
                references,
                String.join(terms.get("list.separator"), references.stream().map(Reference::source).distinct().toList()),
                q.practices(),
                !q.practices().isEmpty(),
                new Incident(q.incident().map(i -> i.procedure()).orElse(""), q.incident().isPresent()),
                contacts(),
                present(q.training()).stream().map(action -> training(action, declared)).toList(),
                !present(q.training()).isEmpty(),
                q.traceability().orElse(""),
                q.traceability().isPresent(),
                phrasing.join(devices, Conjunction.AND),
                !devices.isEmpty(),
                phrasing.textList(supervised, Conjunction.AND),
                !supervised.isEmpty(),
                patientTexts,
                phrasing.join(publicTools, Conjunction.AND),
                !publicTools.isEmpty(),
                healthData,
                baseline.isPresent() ? Refs.departmentWithBaseline(person(q.service().manager()).inText())
                        : Refs.department(person(q.service().manager()).inText()),
                baseline.isPresent(),
                baseline.map(this::baselineView).orElseGet(BaselineView::none),
                new HistoryRows(dates, terms.get("list.separator")).of(q.history()),
                !present(q.history()).isEmpty());
    }

    /** The establishment charter this one applies, its prohibitions phrased with the department's own words. */
    private BaselineView baselineView(Establishment establishment) {
        List<Prohibition> prohibitions = new BaselinePhrases(establishment, Optional.of(q), terms, phrasing).all();
        boolean ownIncident = q.incident().isPresent() && !q.incident().equals(establishment.incident());
        return new BaselineView(establishment.organisation().name(), establishment.document().reference(),
                establishment.document().version(), Refs.establishment(""), prohibitions, !prohibitions.isEmpty(),
                ownIncident);
    }

    /** Each tool's row of statuses, one per data category, in declaration order. */
    private List<List<Status>> statuses(List<Tool> tools, List<DataCategory> data) {
        StatusMatrix statuses = new StatusMatrix(q);
        List<List<Status>> rows = new ArrayList<>();
        for (Tool tool : tools) {
            List<Status> row = new ArrayList<>(data.size());
            for (DataCategory d : data) {
                row.add(statuses.statusOf(tool, d));
            }
            rows.add(row);
        }
        return rows;
    }

    private Matrix matrix(List<Tool> tools, List<DataCategory> data, List<List<Status>> statuses) {
        boolean listed = WideTables.listed(data.size());
        Set<Status> used = EnumSet.noneOf(Status.class);
        statuses.forEach(used::addAll);
        List<MatrixRow> rows = new ArrayList<>();
        List<ToolStatuses> byTool = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            List<Status> row = statuses.get(i);
            if (listed) {
                byTool.add(new ToolStatuses(tools.get(i).displayName(), labels(data, row, Status.AUTHORISED),
                        labels(data, row, Status.CONDITIONAL), labels(data, row, Status.FORBIDDEN)));
            } else {
                rows.add(new MatrixRow(tools.get(i).displayName(), row.stream()
                        .map(status -> new Cell(status.cssClass(), terms.get("status." + status.cssClass()), true)).toList()));
            }
        }
        List<Status> inLegend = used.stream().sorted().toList();
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < inLegend.size(); i++) {
            String css = inLegend.get(i).cssClass();
            // A list does not name the categories no rule settles: its legend says what their absence means.
            String meaning = listed && inLegend.get(i) == Status.UNADDRESSED ? "legend.unaddressed.listed" : "legend." + css;
            legend.add(new LegendEntry(terms.get("status." + css), terms.get(meaning), i == inLegend.size() - 1));
        }
        return new Matrix(listed ? List.of() : data.stream().map(DataCategory::label).toList(), rows, legend, listed,
                byTool);
    }

    /** The categories of one tool's row with that status, ready for a table cell; all of them in a word. */
    private String labels(List<DataCategory> data, List<Status> row, Status status) {
        List<String> labels = new ArrayList<>();
        for (int column = 0; column < data.size(); column++) {
            if (row.get(column) == status) {
                labels.add(data.get(column).label());
            }
        }
        return labels.size() == data.size() ? terms.get("data.all") : phrasing.cellList(labels.stream().distinct().toList());
    }

    /** A tool as the tools table states it; {@code row} is its row of statuses, which says what it may receive. */
    private ToolView toolView(Tool tool, List<DataCategory> data, List<Status> row, boolean patientData) {
        List<String> receives = new ArrayList<>();
        for (int column = 0; column < data.size(); column++) {
            if (row.get(column) == Status.AUTHORISED || row.get(column) == Status.CONDITIONAL) {
                receives.add(data.get(column).label());
            }
        }
        Optional<String> origin = baseline.map(establishment -> establishment.findTool(tool.id()).isPresent()
                ? "tool.origin.catalogue" : "tool.origin.own").map(terms::get);
        return describe(tool, terms, receives, patientData, origin);
    }

    /**
     * A tool as a tools table states it, in a department's charter or in the establishment's catalogue.
     *
     * @param origin where the tool comes from, for a department that applies a baseline
     */
    static ToolView describe(Tool tool, DocumentTerms terms, List<String> receives, boolean patientData,
            Optional<String> origin) {
        return new ToolView(tool.displayName(), tool.name(), tool.shortName().isPresent(), terms.of(tool.kind()),
                terms.of(tool.hosting()), yesNo(terms, tool.contract()), terms.of(tool.trainsOnInputs()),
                tool.account().map(terms::of).orElse(terms.get("answer.unstated")), terms.of(tool.dpia()),
                tool.record().map(answer -> yesNo(terms, answer)).orElse(terms.get("answer.unstated")),
                tool.patientNotice().map(answer -> yesNo(terms, answer))
                        .orElse(terms.get(patientData ? "answer.unstated" : "answer.notApplicable")),
                tool.ceMarked(), tool.kind() == ToolKind.PUBLIC, receives, !receives.isEmpty(), origin.orElse(""),
                origin.isPresent());
    }

    /** Tools an authorised entry gives health data to, in declaration order. */
    private List<Tool> patientDataTools(List<AuthorisedUse> authorised, Declared declared) {
        Set<Tool> found = authorised.stream()
                .filter(rule -> declared.data(rule.data()).stream().anyMatch(d -> d.kind().isHealth()))
                .flatMap(rule -> declared.tools(rule.tools()).stream()).collect(Collectors.toSet());
        return present(q.tools()).stream().filter(found::contains).toList();
    }

    private ToolGroup group(List<String> names) {
        return new ToolGroup(phrasing.join(names, Conjunction.AND), !names.isEmpty(), names.size() > 1);
    }

    private DataView dataView(DataCategory d) {
        return new DataView(d.label(), terms.of(d.kind()), d.about().map(terms::of).orElse(""), d.about().isPresent(),
                d.examples().orElse(""), d.examples().isPresent());
    }

    private Training training(TrainingAction action, Declared declared) {
        String audience = action.audience().orElseGet(() -> action.coversAllRoles() ? terms.get("roles.everyone")
                : phrasing.cellList(declared.roles(action.roles()).stream().map(ShortLabels::of).distinct().toList()));
        return new Training(action.title(), Capitals.upperInitial(audience), action.date().orElse(""),
                action.date().isPresent());
    }

    private List<ContactView> contacts() {
        return contacts(q.organisation(), terms);
    }

    /** The organisation's contacts in the order the documents list them: DPO, RSSI, AI referent. */
    static List<ContactView> contacts(Organisation organisation, DocumentTerms terms) {
        List<ContactView> contacts = new ArrayList<>();
        var c = organisation.contacts();
        c.dpo().ifPresent(dpo -> contacts.add(contact(terms, "contact.dpo", dpo)));
        c.securityOfficer().ifPresent(rssi -> contacts.add(contact(terms, "contact.security_officer", rssi)));
        c.aiReferent().ifPresent(referent -> contacts.add(contact(terms, "contact.ai_referent", referent)));
        return contacts;
    }

    private static ContactView contact(DocumentTerms terms, String roleKey, Contact contact) {
        return new ContactView(terms.get(roleKey), contact.name(), contact.email(), contact.phone().orElse(""),
                contact.phone().isPresent());
    }

    private Person person(fr.charteia.model.Person person) {
        return new Person(person.name(), person.title(), phrasing.person(person.name()), phrasing.inText(person.title()));
    }

    private static String yesNo(DocumentTerms terms, boolean answer) {
        return terms.get(answer ? "answer.yes" : "answer.no");
    }

    private static <T> List<T> present(List<T> items) {
        return items.stream().filter(Objects::nonNull).toList();
    }
}
