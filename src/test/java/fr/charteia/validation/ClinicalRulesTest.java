package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.C_HUMAN;
import static fr.charteia.validation.RuleCode.C_MEDICAL_DEVICE;
import static fr.charteia.validation.RuleCode.C_ROLE;
import static fr.charteia.validation.RuleTestSupport.base;
import static fr.charteia.validation.RuleTestSupport.line;
import static fr.charteia.validation.RuleTestSupport.messages;
import static fr.charteia.validation.RuleTestSupport.reported;
import static fr.charteia.validation.RuleTestSupport.single;
import static fr.charteia.validation.RuleTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.validation.RuleTestSupport.QuestionnaireText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C-MEDICAL-DEVICE, C-HUMAN and C-ROLE: what a clinical use requires. */
class ClinicalRulesTest {

    private static final String CE_MARKED_TOOL = """
            - { id: analyse-ecg, name: Logiciel d'analyse ECG, kind: medical_device, hosting: hds, contract: true, trains_on_inputs: false, ce_marked: true,
              dpia: done, record: true, patient_notice: true }
            """;

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    // --- C-MEDICAL-DEVICE

    @Test
    void rejectsDecisionSupportWithAToolThatIsNotCeMarked() {
        QuestionnaireText questionnaire = givenDecisionSupport().adding("authorised", """
                - { use: aide-ecg, roles: [cardiologue], tools: [dictee], data: [dossier-patient], human_validation: true }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, C_MEDICAL_DEVICE)).containsExactly("ERROR authorised[4].tools[0]");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, C_MEDICAL_DEVICE);
        assertThat(finding.message()).isEqualTo("L'usage « Aide à l'interprétation des ECG » (aide-ecg) est une aide à la "
                + "décision diagnostique ou thérapeutique, autorisée avec « Outil de dictée et de synthèse hébergé par "
                + "l'établissement » (dictee) qui n'est pas un dispositif médical marqué CE. Seul un dispositif médical marqué "
                + "CE peut servir à cette fin : retirez « dictee » de cette règle.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("tools: [dictee], data: [dossier-patient], human_validation: true }"));
        assertThat(single(englishFindingsOf(questionnaire), C_MEDICAL_DEVICE).message()).isEqualTo("The use \"Aide à "
                + "l'interprétation des ECG\" (aide-ecg) is diagnostic or therapeutic decision support, authorised with \"Outil "
                + "de dictée et de synthèse hébergé par l'établissement\" (dictee), which is not a CE-marked medical device. "
                + "Only a CE-marked medical device may be used for this: remove \"dictee\" from this rule.");
    }

    @Test
    void acceptsDecisionSupportWithACeMarkedTool() {
        List<Finding> findings = findingsOf(givenDecisionSupport().adding("tools", CE_MARKED_TOOL).adding("authorised", """
                - { use: aide-ecg, roles: [cardiologue], tools: [analyse-ecg], data: [dossier-patient], human_validation: true }
                """));

        assertThat(findings).isEmpty();
    }

    @Test
    void checksAWildcardToolListAgainstEveryTool() {
        List<Finding> findings = findingsOf(givenDecisionSupport().adding("tools", CE_MARKED_TOOL).adding("authorised", """
                - { use: aide-ecg, roles: [cardiologue], tools: ["*"], data: [public], human_validation: true }
                """));

        assertThat(reported(findings, C_MEDICAL_DEVICE)).containsExactly(
                "ERROR authorised[4].tools[0]", "ERROR authorised[4].tools[0]", "ERROR authorised[4].tools[0]");
        assertThat(messages(findings, C_MEDICAL_DEVICE)).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("(chatbot-public) qui n'est pas un dispositif médical marqué CE"),
                m -> assertThat(m).contains("(copilot) qui n'est pas un dispositif médical marqué CE"),
                m -> assertThat(m).contains("(dictee) qui n'est pas un dispositif médical marqué CE"));
    }

    @Test
    void acceptsAToolThatIsNotCeMarkedForOtherClinicalUses() {
        List<Finding> findings = findingsOf(base().adding("authorised", """
                - { use: comptes-rendus, roles: [cardiologue], tools: [dictee], data: [dossier-patient], human_validation: true }
                """));

        assertThat(findings).isEmpty();
    }

    // --- C-HUMAN

    @Test
    void rejectsAClinicalUseAuthorisedWithoutHumanValidation() {
        QuestionnaireText questionnaire = base().adding("authorised", """
                - use: comptes-rendus
                  roles: [ide]
                  tools: [dictee]
                  data: [dossier-patient]
                  conditions: [Relecture par l'infirmier.]
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, C_HUMAN)).containsExactly("ERROR authorised[4].human_validation");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, C_HUMAN);
        assertThat(finding.message()).isEqualTo("L'usage « Mise en forme des comptes rendus de consultation » "
                + "(comptes-rendus) est un usage clinique (documentation clinique) autorisé sans validation humaine : tout "
                + "contenu produit doit être relu et validé par un professionnel. Indiquez human_validation: true et précisez "
                + "qui valide dans les conditions.");
        assertThat(line(finding)).as("no human_validation key: the line of the rule").isEqualTo(
                questionnaire.lineOf("- use: comptes-rendus\n    roles: [ide]"));
        assertThat(single(englishFindingsOf(questionnaire), C_HUMAN).message()).isEqualTo("The use \"Mise en forme des "
                + "comptes rendus de consultation\" (comptes-rendus) is a clinical use (clinical documentation) authorised "
                + "without human validation: everything it produces must be reviewed and validated by a professional. Write "
                + "human_validation: true and say who validates in the conditions.");
    }

    @Test
    void pointsAtAHumanValidationWrittenFalse() {
        QuestionnaireText questionnaire = base().replacing("""
                    data: [dossier-patient]
                    human_validation: true
                """, """
                    data: [dossier-patient]
                    human_validation: false
                """);

        Finding finding = single(findingsOf(questionnaire), C_HUMAN);

        assertThat(finding.path()).isEqualTo("authorised[1].human_validation");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("human_validation: false"));
    }

    @ParameterizedTest(name = "{0} → reported: {1}")
    @CsvSource({
            "clinical_documentation, true", "decision_support, true", "patient_communication, true", "coding, true",
            "drafting, false", "summarising, false", "translation, false", "training, false", "research, false",
            "other, false"})
    void requiresHumanValidationForEveryClinicalUseAndOnlyThem(String useKind, boolean reported) {
        List<Finding> findings = findingsOf(base()
                .adding("uses", """
                        - { id: essai, label: Usage à l'essai, kind: %s }
                        """.formatted(useKind))
                .adding("authorised", """
                        - { use: essai, roles: [cardiologue], tools: [dictee], data: [interne] }
                        """));

        assertThat(reported(findings, C_HUMAN)).isEqualTo(reported ? List.of("ERROR authorised[4].human_validation") : List.of());
    }

    // --- C-ROLE

    @Test
    void warnsAboutAClinicalUseGrantedToAnAdministrativeRole() {
        QuestionnaireText questionnaire = base().adding("authorised", """
                - { use: comptes-rendus, roles: [cardiologue, secretaire], tools: [dictee], data: [dossier-patient], human_validation: true }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, C_ROLE)).containsExactly("WARNING authorised[4].roles[1]");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, C_ROLE)).containsExactly("L'usage clinique « Mise en forme des comptes rendus de "
                + "consultation » (comptes-rendus) est autorisé pour « Secrétaire médicale » (secretaire), rôle administratif : "
                + "la charte précisera qu'il s'exerce sous la supervision d'un professionnel de santé. Vérifiez que c'est "
                + "voulu, sinon retirez « secretaire » de cette règle.");
        assertThat(messages(englishFindingsOf(questionnaire), C_ROLE)).singleElement().asString()
                .startsWith("The clinical use \"Mise en forme des comptes rendus de consultation\" (comptes-rendus) is "
                        + "authorised for \"Secrétaire médicale\" (secretaire), an administrative role:");
    }

    @ParameterizedTest(name = "{0} → reported: {1}")
    @CsvSource({
            "administrative, true", "technical, true", "student, true",
            "medical, false", "care, false", "management, false"})
    void warnsOnlyAboutRolesThatNeedSupervision(String roleKind, boolean reported) {
        List<Finding> findings = findingsOf(base()
                .adding("roles", """
                        - { id: essai, label: Rôle à l'essai, kind: %s }
                        """.formatted(roleKind))
                .adding("authorised", """
                        - { use: comptes-rendus, roles: [cardiologue, essai], tools: [dictee], data: [dossier-patient], human_validation: true }
                        """));

        assertThat(reported(findings, C_ROLE)).isEqualTo(reported ? List.of("WARNING authorised[4].roles[1]") : List.of());
    }

    @Test
    void checksAWildcardRoleListAgainstEveryRole() {
        List<Finding> findings = findingsOf(base().adding("authorised", """
                - { use: comptes-rendus, roles: ["*"], tools: [dictee], data: [dossier-patient], human_validation: true }
                """));

        assertThat(reported(findings, C_ROLE)).containsExactly("WARNING authorised[4].roles[0]");
        assertThat(messages(findings, C_ROLE)).singleElement().asString().contains("« Secrétaire médicale » (secretaire)");
    }

    @Test
    void acceptsAnAdministrativeRoleForAnOfficeUse() {
        List<Finding> findings = findingsOf(base().adding("authorised", """
                - { use: courriers, roles: [secretaire], tools: [copilot], data: [interne] }
                """));

        assertThat(findings).isEmpty();
    }

    // --- given / then helpers

    /** The base questionnaire with a decision-support use, uses[4] « aide-ecg ». */
    private static QuestionnaireText givenDecisionSupport() {
        return base().adding("uses", """
                - { id: aide-ecg, label: Aide à l'interprétation des ECG, kind: decision_support }
                """);
    }

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
