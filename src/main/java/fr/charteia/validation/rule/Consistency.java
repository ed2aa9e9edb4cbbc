package fr.charteia.validation.rule;

import fr.charteia.validation.RuleCode;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The class-level constraint behind every consistency rule: {@code @Consistency(rule = Q_REF)}.
 * It is declared on {@code Questionnaire} by the rule catalogue's programmatic mapping, which keeps
 * the model free of validation code.
 */
@Documented
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistencyValidator.class)
public @interface Consistency {

    RuleCode rule();

    String message() default "{Consistency.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
