package fr.charteia.validation.rule;

import fr.charteia.model.Coded;
import fr.charteia.model.DataCategory;
import fr.charteia.model.Tool;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.RuleOutcome;
import fr.charteia.validation.Severity;
import fr.charteia.validation.SharedCause;
import fr.charteia.validation.Terms;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What a consistency rule reports through: each call adds one constraint violation with the
 * rule's code and severity as dynamic payload, a message from the bundle and its parameters.
 */
public final class Violations {

    private final HibernateConstraintValidatorContext context;
    private final Terms terms;
    private final RuleCode code;
    private int count;

    Violations(ConstraintValidatorContext context, Terms terms, RuleCode code) {
        this.context = context.unwrap(HibernateConstraintValidatorContext.class);
        this.terms = terms;
        this.code = code;
    }

    /** Starts a violation whose message is {@code {CODE.variant}} from ValidationMessages. */
    public Report error(String variant) {
        return new Report(Severity.ERROR, variant);
    }

    public Report warning(String variant) {
        return new Report(Severity.WARNING, variant);
    }

    /** The phrase for an enum value in the language being reported. */
    public String term(Coded value) {
        return terms.of(value);
    }

    /** Any other phrase of the bundle, such as {@code term.contact.dpo}. */
    public String termOf(String key) {
        return terms.text(key);
    }

    boolean any() {
        return count > 0;
    }

    /** One violation being described: its parameters, then its place. */
    public final class Report {
        private final Severity severity;
        private final String variant;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final List<String> reads = new ArrayList<>();
        private Removal removal;

        private Report(Severity severity, String variant) {
            this.severity = severity;
            this.variant = variant;
        }

        public Report with(String name, Object value) {
            parameters.put(name, value == null ? "" : value);
            return this;
        }

        /**
         * Another answer the decision rests on, besides the finding's own field: when the user
         * misspelt its key, the finding is only a consequence and is not reported.
         */
        public Report reading(Where where) {
            reads.add(where.path());
            return this;
        }

        /** The same, for every item of a list: {@code "authorised[*].tools"}. */
        public Report reading(String pathPattern) {
            reads.add(pathPattern);
            return this;
        }

        /**
         * Removing this data reference from its authorised rule would settle the finding, which is
         * about giving the data to this tool ({@code tool} null when it is about the rule's use). No
         * reference (a {@code "*"}): the finding stays on its own.
         * Findings that share the reference are reported as one, with the short reason of each
         * ({@code CODE.variant.reason} in the bundle).
         */
        public Report settledByRemoving(Optional<Where> dataReference, DataCategory data, Tool tool) {
            removal = dataReference.map(where -> new Removal(where, data, tool, false)).orElse(null);
            return this;
        }

        /**
         * The finding lapses if the reference is removed, but is no reason to remove it: it joins a
         * merged finding about the same tool, never starts one (see {@link SharedCause#joinsOnly}).
         */
        public Report lapsesByRemoving(Optional<Where> dataReference, DataCategory data, Tool tool) {
            removal = dataReference.map(where -> new Removal(where, data, tool, true)).orElse(null);
            return this;
        }

        public void at(Where where) {
            context.disableDefaultConstraintViolation();
            parameters.forEach(context::addMessageParameter);
            context.withDynamicPayload(new RuleOutcome(code, severity, reads, Optional.ofNullable(removal).map(this::cause)));
            where.addTo(context.buildConstraintViolationWithTemplate("{" + code.code() + "." + variant + "}"));
            count++;
        }

        private SharedCause cause(Removal removal) {
            Map<String, String> values = new LinkedHashMap<>();
            parameters.forEach((name, value) -> values.put(name, String.valueOf(value)));
            String reason = terms.fill(code.code() + "." + variant + ".reason", values);
            DataCategory data = removal.data();
            Tool tool = removal.tool();
            // like the parameters of a message, a part left out of a file of the wrong shape prints empty
            return new SharedCause(removal.dataReference().path(), Objects.toString(data.label(), ""),
                    Objects.toString(data.id(), ""), data.kind() == null ? "" : terms.of(data.kind()),
                    tool == null ? "" : Objects.toString(tool.id(), ""), tool == null ? "" : Objects.toString(tool.name(), ""),
                    reason, removal.joinsOnly());
        }
    }

    private record Removal(Where dataReference, DataCategory data, Tool tool, boolean joinsOnly) {
    }
}
