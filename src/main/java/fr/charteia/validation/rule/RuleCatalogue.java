package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;
import fr.charteia.validation.RuleCode;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;

/** Which class implements each code of the catalogue, and their declaration on {@code Questionnaire}. */
public final class RuleCatalogue {

    private static final Map<RuleCode, Rule> RULES = new EnumMap<>(RuleCode.class);

    static {
        RULES.put(RuleCode.Q_SCHEMA, new ForbiddenEntryShape());
        RULES.put(RuleCode.Q_DUPLICATE, new DuplicateIds());
        RULES.put(RuleCode.Q_REF, new UnknownReferences());
        RULES.put(RuleCode.Q_CONTRA, new Contradictions());
        RULES.put(RuleCode.Q_EMPTY, new EmptyCharter());
        RULES.put(RuleCode.D_PUBLIC_PERSONAL, new PersonalDataInPublicTools());
        RULES.put(RuleCode.D_HEALTH_HOSTING, new HealthDataHosting());
        RULES.put(RuleCode.D_TRAINING, new TrainingOnInputs());
        RULES.put(RuleCode.D_TRANSFER, new TransferOutsideEu());
        RULES.put(RuleCode.C_MEDICAL_DEVICE, new DecisionSupportDevice());
        RULES.put(RuleCode.C_HUMAN, new HumanValidation());
        RULES.put(RuleCode.C_ROLE, new ClinicalUseSupervision());
        RULES.put(RuleCode.D_MINIMISATION, new Minimisation());
        RULES.put(RuleCode.G_TRAINING, new TrainingActions());
        RULES.put(RuleCode.G_CONTACTS, new ContactDetails());
        RULES.put(RuleCode.G_DATES, new ReviewDates());
        RULES.put(RuleCode.G_UNUSED, new UnusedDeclarations());
        RULES.put(RuleCode.P_PERSONAL_TEXT, new PersonalDataInText());
        RULES.put(RuleCode.D_ACCOUNT, new PersonalAccounts());
        RULES.put(RuleCode.D_DPIA, new HealthDataFormalities());
        RULES.put(RuleCode.D_PATIENT_DATA, new PatientDataKind());
        RULES.put(RuleCode.G_TRAINING_ROLE, new TrainingPerRole());
        RULES.put(RuleCode.G_PLACEHOLDER, new UnfilledPlaceholders());
    }

    private RuleCatalogue() {
    }

    static Rule ruleFor(RuleCode code) {
        return RULES.get(code);
    }

    /** Declares one {@link Consistency} constraint per code on {@code Questionnaire}. */
    public static void declareOn(HibernateValidatorConfiguration configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        var type = mapping.type(Questionnaire.class);
        // every code but those checked outside the model (G-LOGO needs the file's folder: LogoFindings)
        for (RuleCode code : RULES.keySet()) {
            type.constraint(new GenericConstraintDef<>(Consistency.class).param("rule", code));
        }
        configuration.addMapping(mapping);
    }
}
