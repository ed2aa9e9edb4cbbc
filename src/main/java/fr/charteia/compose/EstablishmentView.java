package fr.charteia.compose;

import fr.charteia.compose.DocumentView.ContactView;
import fr.charteia.compose.DocumentView.Incident;
import fr.charteia.compose.DocumentView.Person;
import fr.charteia.compose.DocumentView.Prohibition;
import fr.charteia.compose.DocumentView.Reference;
import fr.charteia.compose.DocumentView.Refs;
import fr.charteia.compose.DocumentView.ToolGroup;
import fr.charteia.compose.DocumentView.ToolView;
import fr.charteia.compose.DocumentView.Training;
import java.util.List;

/**
 * Everything the establishment charter's template can use, computed from an establishment baseline
 * ({@code establishment-charter.md.mustache}). Names shared with {@link DocumentView} mean the same
 * thing, so that the common partials ({@code partials/common/}) read either: {@code refs},
 * {@code practices}, {@code publicTools}, {@code incident}, {@code references}…
 */
public record EstablishmentView(
        String organisation,
        String reference,
        String version,
        String effectiveDate,
        String reviewDate,
        Person writtenBy,
        Person reviewedBy,
        Person approvedBy,
        Person director,
        boolean hasDirector,
        List<ConsultationView> consultations,
        boolean hasConsultations,
        List<ToolView> tools,
        boolean hasTools,
        ToolGroup noHealthDataTools,
        String publicTools,
        boolean hasPublicTools,
        List<Prohibition> forbidden,
        boolean hasForbidden,
        List<String> practices,
        boolean hasPractices,
        Incident incident,
        List<ContactView> contacts,
        boolean hasContacts,
        List<Training> training,
        boolean hasTraining,
        List<Reference> references,
        String referenceSources,
        List<HistoryView> history,
        boolean hasHistory,
        String traceability,
        boolean hasTraceability,
        boolean usesMedicalDevice,
        Refs refs) {

    /** A body consulted before adoption (CSE, CME), with the date of its opinion when given; {@code last} ends the list. */
    public record ConsultationView(String body, String date, boolean hasDate, boolean last) {
    }

    /** A line of the version table. */
    public record HistoryView(String version, String date, String author, boolean hasAuthor, String changes) {
    }
}
