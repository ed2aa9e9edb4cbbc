package fr.charteia.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * The establishment baseline, format {@code charte-ia-etablissement/1}, kept by the quality team: the
 * organisation and its contacts, the catalogue of tools the establishment has examined, prohibitions
 * every department inherits, and default practices, incident procedure and training. Its own
 * {@code document} block is the cartouche of the establishment charter, adopted by the director
 * after consulting the CSE (and the CME for medical matters).
 *
 * @param referencePattern how department references are made, e.g. {@code QUA-IA-{SERVICE}-{NNN}}
 */
public record Establishment(
        @NotNull(message = "{Q-SCHEMA.required}") String schema,
        DocumentLanguage locale,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Organisation organisation,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid DocumentControl document,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid Consultation> consultations,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid Tool> tools,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid BaselineProhibition> forbidden,
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> practices,
        Optional<@Valid IncidentProcedure> incident,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid TrainingAction> training,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> referencePattern,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid HistoryEntry> history) {

    public static final String SCHEMA_V1 = "charte-ia-etablissement/1";

    public Establishment {
        locale = locale == null ? DocumentLanguage.FR : locale;
        consultations = Lists.immutable(consultations);
        tools = Lists.immutable(tools);
        forbidden = Lists.immutable(forbidden);
        practices = Lists.immutable(practices);
        incident = incident == null ? Optional.empty() : incident;
        training = Lists.immutable(training);
        referencePattern = referencePattern == null ? Optional.empty() : referencePattern;
        history = Lists.immutable(history);
    }

    public Optional<Tool> findTool(String id) {
        return tools.stream().filter(tool -> tool.id().equals(id)).findFirst();
    }
}
