package fr.charteia.validation;

import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.QuestionnaireKind;
import fr.charteia.load.SchemaProblem;
import fr.charteia.load.SizeLimits;
import fr.charteia.load.SourceMap;
import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.SamePlaceMerger.Checked;
import fr.charteia.validation.rule.ConsistencyValidator;
import fr.charteia.validation.rule.RuleCatalogue;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The validation layer's entry point: field constraints and every rule of the catalogue, through
 * Hibernate Validator, plus the loader's shape problems, as one sorted list of {@link Finding}s in
 * French or English. Build it once: the factory costs a few hundred milliseconds.
 */
public final class QuestionnaireValidator implements AutoCloseable {

    /** The languages of the message bundles; any other request falls back to French. */
    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> f.position().map(p -> p.line()).orElse(Integer.MAX_VALUE))
            .thenComparing(f -> f.position().map(p -> p.column()).orElse(Integer.MAX_VALUE))
            .thenComparing(Finding::path)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    private final ValidatorFactory factory;
    private final Map<Locale, Validator> validators = new LinkedHashMap<>();
    private final EstablishmentValidator establishments = new EstablishmentValidator(this);

    public QuestionnaireValidator() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
                .locales(LANGUAGES.toArray(Locale[]::new))
                .defaultLocale(Locale.FRENCH);
        RuleCatalogue.declareOn(configuration);
        this.factory = configuration.buildValidatorFactory();
        for (Locale language : LANGUAGES) {
            validators.put(language, factory.usingContext()
                    .messageInterpolator(new FixedLanguage(factory.getMessageInterpolator(), language))
                    .constraintValidatorFactory(new RulesInLanguage(factory.getConstraintValidatorFactory(), Terms.of(language)))
                    .getValidator());
        }
        // Hibernate Validator reads a class's constraints on its first validation; reading them now,
        // on the thread that builds the validator, takes that off the first questionnaire's check.
        describe(validators.get(Locale.FRENCH), Questionnaire.class, new HashSet<>());
        describe(validators.get(Locale.FRENCH), Establishment.class, new HashSet<>());
    }

    /** The constraints of {@code type} and of every record it holds, read once by the validator. */
    private static void describe(Validator validator, Class<?> type, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        validator.getConstraintsForClass(type);
        for (RecordComponent component : type.getRecordComponents()) {
            describe(validator, component.getType(), seen);
            if (component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        describe(validator, element, seen);
                    }
                }
            }
        }
    }

    public static Locale supported(Locale requested) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst()
                .orElse(Locale.FRENCH);
    }

    /**
     * Findings of a loaded file: its shape problems, then the constraints on whatever could be bound,
     * less those that only follow from a shape problem (see {@link Consequences}), with the findings
     * that share a place merged (see {@link SamePlaceMerger}).
     */
    public List<Finding> validate(LoadedQuestionnaire loaded, Locale language) {
        if (loaded.kind() == QuestionnaireKind.ESTABLISHMENT) {
            return establishments.validate(loaded, supported(language));
        }
        Terms terms = Terms.of(supported(language));
        List<Finding> findings = new ArrayList<>();
        loaded.problems().forEach(problem -> findings.add(ProblemMessages.describe(problem, terms)));
        Consequences consequences = Consequences.of(loaded);
        loaded.questionnaire().ifPresent(q -> findings.addAll(new SamePlaceMerger(terms, loaded.sourceMap()).merge(
                checked(q, supported(language), loaded.sourceMap()).stream()
                        .filter(c -> !consequences.follows(c.finding(), c.outcome()))
                        .toList())));
        return sorted(findings);
    }

    /** Findings of a questionnaire built in memory (no file, so no line numbers). */
    public List<Finding> validate(Questionnaire questionnaire, Locale language) {
        Locale supported = supported(language);
        List<SchemaProblem> tooMany = SizeLimits.exceeded(questionnaire, SourceMap.EMPTY);
        if (!tooMany.isEmpty()) {
            // as for a file: a list over its limit is refused before any rule reads the questionnaire
            return sorted(tooMany.stream().map(problem -> ProblemMessages.describe(problem, Terms.of(supported))).toList());
        }
        return sorted(new SamePlaceMerger(Terms.of(supported), SourceMap.EMPTY)
                .merge(checked(questionnaire, supported, SourceMap.EMPTY)));
    }

    /** Findings of an establishment baseline built in memory (no file, so no line numbers). */
    public List<Finding> validate(Establishment establishment, Locale language) {
        return establishments.validate(LoadedQuestionnaire.establishment("", Optional.of(establishment), List.of(),
                SourceMap.EMPTY, new byte[0]), supported(language));
    }

    /** The field constraints of any bound record, as findings (Q-SCHEMA) with their outcome. */
    <T> List<Checked> fieldFindings(T record, Locale language, SourceMap sourceMap) {
        List<Checked> found = new ArrayList<>();
        for (ConstraintViolation<T> violation : validators.get(language).validate(record)) {
            String path = FieldPathFormatter.format(violation.getPropertyPath());
            Finding finding = new Finding(RuleCode.Q_SCHEMA, Severity.ERROR, path, violation.getMessage(), sourceMap.find(path));
            found.add(new Checked(finding, new RuleOutcome(RuleCode.Q_SCHEMA, Severity.ERROR)));
        }
        return found;
    }

    /** Every violation as a finding with its outcome, without repeats (a constraint may be seen on field and accessor). */
    List<Checked> checked(Questionnaire questionnaire, Locale language, SourceMap sourceMap) {
        Map<List<Object>, Checked> unique = new LinkedHashMap<>();
        for (ConstraintViolation<Questionnaire> violation : validators.get(language).validate(questionnaire)) {
            RuleOutcome outcome = ((HibernateConstraintViolation<?>) violation.unwrap(HibernateConstraintViolation.class))
                    .getDynamicPayload(RuleOutcome.class);
            if (outcome == null) {
                outcome = new RuleOutcome(RuleCode.Q_SCHEMA, Severity.ERROR);
            }
            String path = FieldPathFormatter.format(violation.getPropertyPath());
            Finding finding = new Finding(outcome.code(), outcome.severity(), path, violation.getMessage(), sourceMap.find(path));
            unique.putIfAbsent(List.of(finding.code(), finding.path(), finding.message()), new Checked(finding, outcome));
        }
        return List.copyOf(unique.values());
    }

    /** Findings of several sources (the validator's, the baseline's) in report order, without repeats. */
    public static List<Finding> inReportOrder(List<Finding> findings) {
        return sorted(findings);
    }

    /** Report order, without repeats. */
    private static List<Finding> sorted(List<Finding> findings) {
        Map<List<Object>, Finding> unique = new LinkedHashMap<>();
        for (Finding f : findings) {
            unique.putIfAbsent(List.of(f.code(), f.path(), f.message()), f);
        }
        return unique.values().stream().sorted(REPORT_ORDER).toList();
    }

    @Override
    public void close() {
        factory.close();
    }

    /** Interpolates every message in one language, whatever the JVM's default locale. */
    private record FixedLanguage(MessageInterpolator delegate, Locale language) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, language);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(template, context, language);
        }
    }

    /** Gives the rule validators the words of the language they report in. */
    private record RulesInLanguage(ConstraintValidatorFactory delegate, Terms terms) implements ConstraintValidatorFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            return key == ConsistencyValidator.class ? (T) new ConsistencyValidator(terms) : delegate.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            delegate.releaseInstance(instance);
        }
    }
}
