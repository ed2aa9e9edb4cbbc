package fr.charteia.starter;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import fr.charteia.model.DataKind;
import fr.charteia.model.DataSubject;
import fr.charteia.model.DpiaStatus;
import fr.charteia.model.Hosting;
import fr.charteia.model.RoleKind;
import fr.charteia.model.Tool;
import fr.charteia.model.ToolAccount;
import fr.charteia.model.ToolKind;
import fr.charteia.model.TrainsOnInputs;
import fr.charteia.model.UseKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typical content of a French hospital care department, from which {@code charte-ia init}
 * writes its starter questionnaire: roles, tools, data, uses, rules, practices and training, each
 * entry with an optional French {@code comment} printed as a YAML comment above it.
 *
 * <p>The content lives in {@value #RESOURCE} so that a quality team can adapt it without Java.
 * Keys are the questionnaire's keys (snake_case); an unknown key, a missing required value or a
 * bad enum value is refused when the catalogue is read.
 */
public record StarterCatalogue(
        Placeholders placeholders,
        List<RoleEntry> roles,
        List<ToolEntry> tools,
        List<DataEntry> data,
        List<UseEntry> uses,
        List<AuthorisedEntry> authorised,
        List<ForbiddenEntry> forbidden,
        List<String> practices,
        IncidentEntry incident,
        List<TrainingEntry> training) {

    /** Classpath location of the French catalogue. */
    public static final String RESOURCE = "/starter/catalogue-fr.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .addModule(new Jdk8Module())
            .build();

    public StarterCatalogue {
        Objects.requireNonNull(placeholders, "placeholders");
        roles = copy(roles, "roles");
        tools = copy(tools, "tools");
        data = copy(data, "data");
        uses = copy(uses, "uses");
        authorised = copy(authorised, "authorised");
        forbidden = copy(forbidden, "forbidden");
        practices = copy(practices, "practices");
        Objects.requireNonNull(incident, "incident");
        training = copy(training, "training");
    }

    /** Reads the French catalogue shipped with the toolkit. */
    public static StarterCatalogue load() {
        try (InputStream in = StarterCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads a catalogue in the format of {@value #RESOURCE}; the stream is closed after reading. */
    public static StarterCatalogue read(InputStream yaml) throws IOException {
        return MAPPER.readValue(yaml, StarterCatalogue.class);
    }

    /**
     * The values the department must replace: each holds the « À COMPLÉTER » marker, so that
     * validation refuses the starter (rule G-PLACEHOLDER) until they are filled in. Apart from the
     * marker they must be valid (well-formed emails): the marker is then the one finding of each.
     *
     * @param traceability where the department records that a tool helped draft a document
     */
    public record Placeholders(
            String organisationName,
            ContactEntry dpo,
            ContactEntry securityOfficer,
            ContactEntry aiReferent,
            String serviceName,
            String serviceUnit,
            PersonEntry manager,
            String reference,
            String version,
            PersonEntry writtenBy,
            PersonEntry reviewedBy,
            PersonEntry approvedBy,
            List<String> distribution,
            Optional<String> traceability) {

        public Placeholders {
            text(organisationName, "placeholders.organisation_name");
            Objects.requireNonNull(dpo, "placeholders.dpo");
            Objects.requireNonNull(securityOfficer, "placeholders.security_officer");
            Objects.requireNonNull(aiReferent, "placeholders.ai_referent");
            text(serviceName, "placeholders.service_name");
            text(serviceUnit, "placeholders.service_unit");
            Objects.requireNonNull(manager, "placeholders.manager");
            text(reference, "placeholders.reference");
            text(version, "placeholders.version");
            Objects.requireNonNull(writtenBy, "placeholders.written_by");
            Objects.requireNonNull(reviewedBy, "placeholders.reviewed_by");
            Objects.requireNonNull(approvedBy, "placeholders.approved_by");
            distribution = copy(distribution, "placeholders.distribution");
            traceability = optional(traceability, "placeholders.traceability");
        }
    }

    public record ContactEntry(String name, String email) {
        public ContactEntry {
            text(name, "contact.name");
            text(email, "contact.email");
        }
    }

    public record PersonEntry(String name, String title) {
        public PersonEntry {
            text(name, "person.name");
            text(title, "person.title");
        }
    }

    public record RoleEntry(String id, String label, RoleKind kind, Optional<String> shortLabel, Optional<String> comment) {
        public RoleEntry {
            shortLabel = checkedShortName(shortLabel, "roles[].short_label");
            comment = optional(comment, "roles[].comment");
            text(id, "roles[].id");
            text(label, "roles[].label");
            Objects.requireNonNull(kind, "roles[].kind");
        }
    }

    /**
     * A tool. {@code dpia}, {@code record} and {@code patient_notice} are left out unless the
     * establishment knows them: the starter then asks the department to check them with the DPO.
     */
    public record ToolEntry(
            String id,
            String name,
            Optional<String> shortName,
            ToolKind kind,
            Hosting hosting,
            boolean contract,
            TrainsOnInputs trainsOnInputs,
            boolean ceMarked,
            Optional<ToolAccount> account,
            Optional<DpiaStatus> dpia,
            Optional<Boolean> record,
            Optional<Boolean> patientNotice,
            Optional<String> comment) {
        public ToolEntry {
            shortName = checkedShortName(shortName, "tools[].short_name");
            account = account == null ? Optional.empty() : account;
            dpia = dpia == null ? Optional.empty() : dpia;
            record = record == null ? Optional.empty() : record;
            patientNotice = patientNotice == null ? Optional.empty() : patientNotice;
            comment = optional(comment, "tools[].comment");
            text(id, "tools[].id");
            text(name, "tools[].name");
            Objects.requireNonNull(kind, "tools[].kind");
            Objects.requireNonNull(hosting, "tools[].hosting");
            trainsOnInputs = trainsOnInputs == null ? TrainsOnInputs.UNKNOWN : trainsOnInputs;
        }
    }

    public record DataEntry(String id, String label, DataKind kind, Optional<String> examples,
            Optional<DataSubject> about, Optional<String> comment) {
        public DataEntry {
            examples = optional(examples, "data[].examples");
            about = about == null ? Optional.empty() : about;
            comment = optional(comment, "data[].comment");
            text(id, "data[].id");
            text(label, "data[].label");
            Objects.requireNonNull(kind, "data[].kind");
        }
    }

    public record UseEntry(String id, String label, UseKind kind, Optional<String> description, Optional<String> comment) {
        public UseEntry {
            description = optional(description, "uses[].description");
            comment = optional(comment, "uses[].comment");
            text(id, "uses[].id");
            text(label, "uses[].label");
            Objects.requireNonNull(kind, "uses[].kind");
        }
    }

    public record AuthorisedEntry(
            String use,
            List<String> roles,
            List<String> tools,
            List<String> data,
            boolean humanValidation,
            List<String> conditions,
            Optional<String> comment) {
        public AuthorisedEntry {
            comment = optional(comment, "authorised[].comment");
            text(use, "authorised[].use");
            roles = nonEmpty(roles, "authorised[].roles");
            tools = nonEmpty(tools, "authorised[].tools");
            data = nonEmpty(data, "authorised[].data");
            conditions = copy(conditions, "authorised[].conditions");
        }
    }

    /**
     * A forbidden combination (any of use, roles, tools, data; a part left out means all) with a
     * reason, or a forbidden practice stated in one sentence.
     */
    public record ForbiddenEntry(
            Optional<String> use,
            List<String> roles,
            List<String> tools,
            List<String> data,
            Optional<String> reason,
            Optional<String> statement,
            Optional<String> comment) {
        public ForbiddenEntry {
            use = optional(use, "forbidden[].use");
            reason = optional(reason, "forbidden[].reason");
            statement = optional(statement, "forbidden[].statement");
            comment = optional(comment, "forbidden[].comment");
            roles = copy(roles, "forbidden[].roles");
            tools = copy(tools, "forbidden[].tools");
            data = copy(data, "forbidden[].data");
            if (reason.isEmpty() && statement.isEmpty()) {
                throw new IllegalArgumentException("forbidden[]: a reason or a statement is required");
            }
            if (!namesCombination(use, roles, tools, data) && statement.isEmpty()) {
                throw new IllegalArgumentException("forbidden[]: an entry that names no use, role, tool or data needs a statement");
            }
        }

        /** True when the entry forbids combinations, false when it only states a practice. */
        public boolean namesCombination() {
            return namesCombination(use, roles, tools, data);
        }

        private static boolean namesCombination(Optional<String> use, List<String> roles, List<String> tools,
                List<String> data) {
            return use.isPresent() || !roles.isEmpty() || !tools.isEmpty() || !data.isEmpty();
        }
    }

    public record IncidentEntry(String procedure, Optional<String> comment) {
        public IncidentEntry {
            comment = optional(comment, "incident.comment");
            text(procedure, "incident.procedure");
        }
    }

    /** A training action; {@code roles} left out or empty means everyone. */
    public record TrainingEntry(String title, Optional<String> audience, Optional<String> date, List<String> roles,
            Optional<String> comment) {
        public TrainingEntry {
            audience = optional(audience, "training[].audience");
            date = optional(date, "training[].date");
            roles = copy(roles, "training[].roles");
            comment = optional(comment, "training[].comment");
            text(title, "training[].title");
        }
    }

    private static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": a non-blank value is required");
        }
    }

    /** Left out is empty; written but blank is a mistake in the catalogue. */
    private static Optional<String> optional(Optional<String> value, String field) {
        if (value == null) {
            return Optional.empty();
        }
        value.ifPresent(v -> text(v, field));
        return value;
    }

    /** A short name fits a table column: the questionnaire's own limit, checked when the catalogue is read. */
    private static Optional<String> checkedShortName(Optional<String> value, String field) {
        Optional<String> checked = optional(value, field);
        checked.filter(v -> v.length() > Tool.SHORT_NAME_MAX).ifPresent(v -> {
            throw new IllegalArgumentException(field + ": at most " + Tool.SHORT_NAME_MAX + " characters: " + v);
        });
        return checked;
    }

    private static <T> List<T> copy(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + ": an item is empty");
        }
        return List.copyOf(list);
    }

    private static <T> List<T> nonEmpty(List<T> list, String field) {
        List<T> copy = copy(list, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + ": at least one item is required");
        }
        return copy;
    }
}
