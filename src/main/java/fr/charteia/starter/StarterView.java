package fr.charteia.starter;

import fr.charteia.model.DataKind;
import fr.charteia.model.DpiaStatus;
import fr.charteia.model.TrainsOnInputs;
import fr.charteia.starter.StarterCatalogue.AuthorisedEntry;
import fr.charteia.starter.StarterCatalogue.ContactEntry;
import fr.charteia.starter.StarterCatalogue.DataEntry;
import fr.charteia.starter.StarterCatalogue.ForbiddenEntry;
import fr.charteia.starter.StarterCatalogue.PersonEntry;
import fr.charteia.starter.StarterCatalogue.RoleEntry;
import fr.charteia.starter.StarterCatalogue.ToolEntry;
import fr.charteia.starter.StarterCatalogue.TrainingEntry;
import fr.charteia.starter.StarterCatalogue.UseEntry;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What {@code questionnaire-fr.yaml.mustache} places: every decision (absent parts, list
 * separators, the plain spelling of booleans, the dates) is taken here, the template only places
 * values. Absent text is the empty string, which Mustache treats as false, so the template stays
 * strict (no null anywhere).
 */
record StarterView(
        Comment validateCommand,
        String organisationName,
        Contact dpo,
        Contact securityOfficer,
        Contact aiReferent,
        String serviceName,
        String serviceUnit,
        Person manager,
        String reference,
        String version,
        String effectiveDate,
        String reviewDate,
        Person writtenBy,
        Person reviewedBy,
        Person approvedBy,
        List<String> distribution,
        List<Role> roles,
        List<Tool> tools,
        List<Data> data,
        List<Use> uses,
        List<Authorised> authorised,
        List<Forbidden> forbidden,
        List<String> practices,
        Incident incident,
        String traceability,
        List<Training> training) {

    /** Months between the effective date and the review date: a first issue is reviewed within a year. */
    static final int REVIEW_MONTHS = 12;

    static StarterView of(StarterCatalogue catalogue, LocalDate effectiveDate, String validateCommand) {
        StarterCatalogue.Placeholders p = catalogue.placeholders();
        return new StarterView(
                new Comment("  " + validateCommand), // indented like the other examples of the header
                p.organisationName(),
                Contact.of(p.dpo()),
                Contact.of(p.securityOfficer()),
                Contact.of(p.aiReferent()),
                p.serviceName(),
                p.serviceUnit(),
                Person.of(p.manager()),
                p.reference(),
                p.version(),
                effectiveDate.toString(),
                effectiveDate.plusMonths(REVIEW_MONTHS).toString(),
                Person.of(p.writtenBy()),
                Person.of(p.reviewedBy()),
                Person.of(p.approvedBy()),
                p.distribution(),
                catalogue.roles().stream().map(Role::of).toList(),
                catalogue.tools().stream().map(t -> Tool.of(t, HealthData.of(catalogue, t.id()))).toList(),
                catalogue.data().stream().map(Data::of).toList(),
                catalogue.uses().stream().map(Use::of).toList(),
                catalogue.authorised().stream().map(Authorised::of).toList(),
                catalogue.forbidden().stream().map(Forbidden::of).toList(),
                catalogue.practices(),
                new Incident(wrapped(catalogue.incident().comment()), catalogue.incident().procedure()),
                text(p.traceability()),
                catalogue.training().stream().map(Training::of).toList());
    }

    /** Text written as a comment line: the template places it with the {@code comment} tag. */
    record Comment(String comment) {
    }

    record Contact(String name, String email) {
        static Contact of(ContactEntry entry) {
            return new Contact(entry.name(), entry.email());
        }
    }

    record Person(String name, String title) {
        static Person of(PersonEntry entry) {
            return new Person(entry.name(), entry.title());
        }
    }

    record Role(String comment, String id, String label, String kind, String shortLabel) {
        static Role of(RoleEntry e) {
            return new Role(wrapped(e.comment()), e.id(), e.label(), e.kind().code(), text(e.shortLabel()));
        }
    }

    /** Whether a tool receives health data, and identifying ones, through the catalogue's authorised rules. */
    record HealthData(boolean any, boolean identifying) {
        static HealthData of(StarterCatalogue catalogue, String toolId) {
            Map<String, DataKind> kinds = catalogue.data().stream()
                    .collect(Collectors.toMap(DataEntry::id, DataEntry::kind, (a, b) -> a));
            Set<DataKind> received = new HashSet<>();
            for (AuthorisedEntry rule : catalogue.authorised()) {
                if (rule.tools().contains(toolId) || rule.tools().contains("*")) {
                    (rule.data().contains("*") ? kinds.keySet().stream() : rule.data().stream())
                            .map(kinds::get).filter(k -> k != null).forEach(received::add);
                }
            }
            return new HealthData(received.stream().anyMatch(DataKind::isHealth),
                    received.contains(DataKind.HEALTH_IDENTIFYING));
        }
    }

    /**
     * {@code trains_on_inputs} is written plain ({@code true}, {@code false}, {@code unknown}), as users write it.
     * A tool that receives health data always shows its DPIA status, and a commented {@code record} or
     * {@code patient_notice} line when the catalogue does not know them, for the department to check
     * with the DPO (rule D-DPIA).
     */
    record Tool(String comment, String id, String name, String shortName, String kind, String hosting, boolean contract,
            boolean trainsTrue, boolean trainsFalse, boolean trainsUnknown, boolean ceMarked, String account,
            String dpia, String record, boolean recordHint, String patientNotice, boolean patientNoticeHint) {
        static Tool of(ToolEntry e, HealthData health) {
            TrainsOnInputs trains = e.trainsOnInputs();
            String dpia = e.dpia().map(d -> d.code()).orElse(health.any() ? DpiaStatus.UNKNOWN.code() : "");
            Function<Optional<Boolean>, String> yesNo = answer -> answer.map(String::valueOf).orElse("");
            return new Tool(wrapped(e.comment()), e.id(), e.name(), text(e.shortName()), e.kind().code(),
                    e.hosting().code(), e.contract(),
                    trains == TrainsOnInputs.TRUE, trains == TrainsOnInputs.FALSE, trains == TrainsOnInputs.UNKNOWN,
                    e.ceMarked(), e.account().map(a -> a.code()).orElse(""), dpia,
                    yesNo.apply(e.record()), health.any() && e.record().isEmpty(),
                    yesNo.apply(e.patientNotice()), health.identifying() && e.patientNotice().isEmpty());
        }
    }

    record Data(String comment, String id, String label, String kind, String examples, String about) {
        static Data of(DataEntry e) {
            return new Data(wrapped(e.comment()), e.id(), e.label(), e.kind().code(), text(e.examples()),
                    e.about().map(a -> a.code()).orElse(""));
        }
    }

    record Use(String comment, String id, String label, String kind, String description) {
        static Use of(UseEntry e) {
            return new Use(wrapped(e.comment()), e.id(), e.label(), e.kind().code(), text(e.description()));
        }
    }

    record Authorised(String comment, String use, List<Ref> roles, List<Ref> tools, List<Ref> data,
            boolean humanValidation, List<String> conditions) {
        static Authorised of(AuthorisedEntry e) {
            return new Authorised(wrapped(e.comment()), e.use(), Ref.list(e.roles()), Ref.list(e.tools()),
                    Ref.list(e.data()), e.humanValidation(), e.conditions());
        }
    }

    /**
     * A forbidden combination always starts with its use ({@code "*"} when the catalogue leaves it
     * out, which means the same); a statement-only entry starts with its statement.
     */
    record Forbidden(String comment, boolean combination, String use,
            List<Ref> roles, boolean hasRoles, List<Ref> tools, boolean hasTools, List<Ref> data, boolean hasData,
            String reason, String statement) {
        static Forbidden of(ForbiddenEntry e) {
            return new Forbidden(wrapped(e.comment()), e.namesCombination(), e.use().orElse("*"),
                    Ref.list(e.roles()), !e.roles().isEmpty(),
                    Ref.list(e.tools()), !e.tools().isEmpty(),
                    Ref.list(e.data()), !e.data().isEmpty(),
                    text(e.reason()), text(e.statement()));
        }
    }

    record Incident(String comment, String procedure) {
    }

    record Training(String comment, String title, String audience, String date, List<Ref> roles, boolean hasRoles) {
        static Training of(TrainingEntry e) {
            return new Training(wrapped(e.comment()), e.title(), text(e.audience()), text(e.date()), Ref.list(e.roles()),
                    !e.roles().isEmpty());
        }
    }

    /** One id in a flow list such as {@code ["a", "b"]}; {@code last} drops the separator. */
    record Ref(String id, boolean last) {
        static List<Ref> list(List<String> ids) {
            return IntStream.range(0, ids.size()).mapToObj(i -> new Ref(ids.get(i), i == ids.size() - 1)).toList();
        }
    }

    /** Width of a comment's text, so that « # » and an entry's indentation keep lines within 80 columns. */
    static final int COMMENT_WIDTH = 76;

    private static String text(Optional<String> value) {
        return value.orElse("");
    }

    /** A comment, wrapped at spaces; the catalogue's own line breaks are kept. */
    private static String wrapped(Optional<String> value) {
        return value.map(v -> wrap(v, COMMENT_WIDTH)).orElse("");
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append('\n');
            }
            int lineLength = 0;
            for (String word : paragraphs[p].strip().split(" +")) {
                if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                    out.append('\n');
                    lineLength = 0;
                } else if (lineLength > 0) {
                    out.append(' ');
                    lineLength++;
                }
                out.append(word);
                lineLength += word.length();
            }
        }
        return out.toString();
    }
}
