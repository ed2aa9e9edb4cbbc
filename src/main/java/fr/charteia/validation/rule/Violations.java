package fr.charteia.validation.rule;

import fr.charteia.model.Coded;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.RuleOutcome;
import fr.charteia.validation.Severity;
import fr.charteia.validation.Terms;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
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

        private Report(Severity severity, String variant) {
            this.severity = severity;
            this.variant = variant;
        }

        public Report with(String name, Object value) {
            parameters.put(name, value == null ? "" : value);
            return this;
        }

        public void at(Where where) {
            context.disableDefaultConstraintViolation();
            parameters.forEach(context::addMessageParameter);
            context.withDynamicPayload(new RuleOutcome(code, severity));
            where.addTo(context.buildConstraintViolationWithTemplate("{" + code.code() + "." + variant + "}"));
            count++;
        }
    }
}
