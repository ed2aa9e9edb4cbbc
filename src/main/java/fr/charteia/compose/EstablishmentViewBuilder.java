package fr.charteia.compose;

import fr.charteia.compose.DocumentView.Incident;
import fr.charteia.compose.DocumentView.Person;
import fr.charteia.compose.DocumentView.Prohibition;
import fr.charteia.compose.DocumentView.Reference;
import fr.charteia.compose.DocumentView.Refs;
import fr.charteia.compose.DocumentView.ToolGroup;
import fr.charteia.compose.DocumentView.ToolView;
import fr.charteia.compose.DocumentView.Training;
import fr.charteia.compose.EstablishmentView.ConsultationView;
import fr.charteia.compose.EstablishmentView.HistoryView;
import fr.charteia.compose.Phrasing.Conjunction;
import fr.charteia.model.Consultation;
import fr.charteia.model.Establishment;
import fr.charteia.model.Tool;
import fr.charteia.model.ToolKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Computes the {@link EstablishmentView} of a valid establishment baseline. */
final class EstablishmentViewBuilder {

    private final Establishment e;
    private final DocumentTerms terms;
    private final Phrasing phrasing;
    private final List<Reference> references;
    private final DateText dates;

    EstablishmentViewBuilder(Establishment establishment, LanguageResources language) {
        this.e = establishment;
        this.terms = language.terms();
        this.phrasing = language.phrasing();
        this.references = language.references();
        this.dates = language.dates();
    }

    EstablishmentView build() {
        List<Tool> tools = present(e.tools());
        // the catalogue says nothing of data: what a tool may receive is each department's decision
        List<ToolView> toolViews = tools.stream()
                .map(tool -> ViewBuilder.describe(tool, terms, List.of(), false, Optional.empty())).toList();
        List<String> noHealthData = tools.stream().filter(t -> !t.hosting().acceptsHealthData() || !t.contract())
                .map(Tool::displayName).toList();
        List<String> publicTools = tools.stream().filter(t -> t.kind() == ToolKind.PUBLIC).map(Tool::displayName).toList();
        List<Prohibition> prohibitions = new BaselinePhrases(e, Optional.empty(), terms, phrasing).all();
        Optional<fr.charteia.model.Person> director = e.organisation().director();
        List<Consultation> consultations = present(e.consultations());
        List<ConsultationView> consulted = new ArrayList<>();
        for (int i = 0; i < consultations.size(); i++) {
            Consultation c = consultations.get(i);
            consulted.add(new ConsultationView(c.body(), c.date().map(dates::format).orElse(""), c.date().isPresent(),
                    i == consultations.size() - 1));
        }
        List<HistoryView> history = present(e.history()).stream().map(h -> new HistoryView(h.version(),
                dates.format(h.date()), h.author().orElse(""), h.author().isPresent(), h.changes())).toList();
        List<Training> training = present(e.training()).stream().map(action -> new Training(action.title(),
                Capitals.upperInitial(action.audience().orElseGet(() -> terms.get("establishment.everyone"))),
                action.date().orElse(""), action.date().isPresent())).toList();
        boolean devices = tools.stream().anyMatch(t -> t.kind() == ToolKind.MEDICAL_DEVICE || t.ceMarked());
        var contacts = ViewBuilder.contacts(e.organisation(), terms);
        return new EstablishmentView(
                e.organisation().name(),
                e.document().reference(),
                e.document().version(),
                dates.format(e.document().effectiveDate()),
                dates.format(e.document().reviewDate()),
                person(e.document().writtenBy()),
                person(e.document().reviewedBy()),
                person(e.document().approvedBy()),
                director.map(this::person).orElse(new Person("", "", "", "")),
                director.isPresent(),
                consulted,
                !consulted.isEmpty(),
                toolViews,
                !toolViews.isEmpty(),
                new ToolGroup(phrasing.join(noHealthData, Conjunction.AND), !noHealthData.isEmpty(), noHealthData.size() > 1),
                phrasing.join(publicTools, Conjunction.AND),
                !publicTools.isEmpty(),
                prohibitions,
                !prohibitions.isEmpty(),
                e.practices(),
                !e.practices().isEmpty(),
                new Incident(e.incident().map(i -> i.procedure()).orElse(""), e.incident().isPresent()),
                contacts,
                !contacts.isEmpty(),
                training,
                !training.isEmpty(),
                references,
                String.join(terms.get("list.separator"), references.stream().map(Reference::source).distinct().toList()),
                history,
                !history.isEmpty(),
                "",
                false,
                devices,
                Refs.establishment(terms.get("establishment.responsible")));
    }

    private Person person(fr.charteia.model.Person person) {
        return new Person(person.name(), person.title(), phrasing.person(person.name()), phrasing.inText(person.title()));
    }

    private static <T> List<T> present(List<T> items) {
        return items.stream().filter(Objects::nonNull).toList();
    }
}
