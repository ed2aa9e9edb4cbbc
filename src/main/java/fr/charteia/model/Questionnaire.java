package fr.charteia.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A department's answers, format {@code charte-ia/1}: who works there, which tools and data they
 * meet, what is authorised and what is forbidden. The consistency rules are declared on this
 * record by the validation layer's constraint annotations (see {@code fr.charteia.validation}).
 *
 * @param situations the department's own risk situations; left out, the charter picks typical ones
 * @param traceability where the department records that a tool helped draft a document
 * @param baseline the establishment baseline file this department applies, relative to this file; the
 *     department then inherits the organisation, its contacts and the catalogue of tools
 * @param history the versions of the charter, oldest first, printed as its version table
 */
public record Questionnaire(
        @NotNull(message = "{Q-SCHEMA.required}") String schema,
        DocumentLanguage locale,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> baseline,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Organisation organisation,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Service service,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid DocumentControl document,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid Role> roles,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid Tool> tools,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid DataCategory> data,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid Use> uses,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid AuthorisedUse> authorised,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid ForbiddenUse> forbidden,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid RiskSituation> situations,
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> practices,
        Optional<@Valid IncidentProcedure> incident,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> traceability,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid TrainingAction> training,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") @Valid HistoryEntry> history) {

    public static final String SCHEMA_V1 = "charte-ia/1";

    public Questionnaire {
        locale = locale == null ? DocumentLanguage.FR : locale;
        baseline = baseline == null ? Optional.empty() : baseline;
        roles = Lists.immutable(roles);
        tools = Lists.immutable(tools);
        data = Lists.immutable(data);
        uses = Lists.immutable(uses);
        authorised = Lists.immutable(authorised);
        forbidden = Lists.immutable(forbidden);
        situations = Lists.immutable(situations);
        practices = Lists.immutable(practices);
        incident = incident == null ? Optional.empty() : incident;
        traceability = traceability == null ? Optional.empty() : traceability;
        training = Lists.immutable(training);
        history = Lists.immutable(history);
    }

    public Optional<Use> findUse(String id) {
        return find(uses, Use::id, id);
    }

    /** The roles a reference list names, {@code "*"} standing for every role; unknown ids are skipped. */
    public List<Role> rolesNamed(List<String> references) {
        return named(roles, Role::id, references);
    }

    public List<Tool> toolsNamed(List<String> references) {
        return named(tools, Tool::id, references);
    }

    public List<DataCategory> dataNamed(List<String> references) {
        return named(data, DataCategory::id, references);
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        return items.stream().filter(item -> item != null && wanted != null && wanted.equals(id.apply(item))).findFirst();
    }

    private static <T> List<T> named(List<T> items, Function<T, String> id, List<String> references) {
        if (Ids.namesAll(references)) {
            return items.stream().filter(item -> item != null).toList();
        }
        return references.stream().flatMap(ref -> find(items, id, ref).stream()).distinct().toList();
    }
}
