package fr.charteia.room;

import fr.charteia.compose.TemplateSet;
import java.util.List;
import java.util.Optional;

/**
 * The risk situations the workshops (2, 4 and 6) work on: the charters' catalogue
 * ({@code situations.yaml}) with, for each, the expected answer, its reason and its references.
 */
public final class WorkshopCatalogue {

    private final List<WorkshopSituation> situations;

    private WorkshopCatalogue(List<WorkshopSituation> situations) {
        this.situations = List.copyOf(situations);
    }

    /** The catalogue of {@code language} ({@code fr} or {@code en}) in {@code templates}. */
    public static WorkshopCatalogue read(TemplateSet templates, String language) {
        // skeleton: the catalogue's expected answers are being written (issue 12)
        return new WorkshopCatalogue(List.of());
    }

    /** The catalogue's situations, in its order. */
    public List<WorkshopSituation> situations() {
        return situations;
    }

    /** How a reference id of {@code references.yaml} is cited: its official title and source. */
    public Optional<String> reference(String id) {
        return Optional.empty();
    }
}
