package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Terms;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/** Runs the rule named by a {@link Consistency} constraint, reporting in the validator's language. */
public final class ConsistencyValidator implements ConstraintValidator<Consistency, Questionnaire> {

    private final Terms terms;
    private RuleCode code;
    private Rule rule;

    public ConsistencyValidator() {
        this(Terms.of(Locale.FRENCH));
    }

    public ConsistencyValidator(Terms terms) {
        this.terms = terms;
    }

    @Override
    public void initialize(Consistency constraint) {
        this.code = constraint.rule();
        this.rule = RuleCatalogue.ruleFor(code);
    }

    @Override
    public boolean isValid(Questionnaire questionnaire, ConstraintValidatorContext context) {
        if (questionnaire == null) {
            return true;
        }
        Violations violations = new Violations(context, terms, code);
        rule.check(questionnaire, violations);
        return !violations.any();
    }
}
