package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.D_DPIA;
import static fr.charteia.validation.RuleTestSupport.at;
import static fr.charteia.validation.RuleTestSupport.base;
import static fr.charteia.validation.RuleTestSupport.line;
import static fr.charteia.validation.RuleTestSupport.messages;
import static fr.charteia.validation.RuleTestSupport.reported;
import static fr.charteia.validation.RuleTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.validation.RuleTestSupport.QuestionnaireText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D-DPIA: a tool that receives health data has its impact assessment done, its processing in the
 * register and, for identifying data, patients informed.
 */
class HealthDataFormalitiesRuleTest {

    /** The formalities of base.yaml's dictation tool (tools[2], given identifying health data by authorised[1]). */
    private static final String DICTATION_FORMALITIES = """
                short_name: Dictée
                kind: institutional
                hosting: on_premise
                contract: true
                trains_on_inputs: false
                ce_marked: false
                account: professional
                dpia: done
                record: true
                patient_notice: true
            """;

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    @Test
    void warnsAboutEachFormalityMissingForAToolGivenIdentifyingHealthData() {
        QuestionnaireText questionnaire = givenDictationFormalities("");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_DPIA))
                .containsExactly("WARNING tools[2].dpia", "WARNING tools[2].patient_notice", "WARNING tools[2].record");
        assertThat(findings).hasSize(3);
        assertThat(at(findings, D_DPIA, "tools[2].dpia").message()).isEqualTo("L'outil « Outil de dictée et de synthèse "
                + "hébergé par l'établissement » (dictee) est autorisé pour des données de santé et son analyse d'impact "
                + "relative à la protection des données (AIPD, RGPD art. 35) n'est pas indiquée comme réalisée (état "
                + "inconnu) : la CNIL range les traitements de données de santé des établissements de santé pour la prise "
                + "en charge des patients parmi ceux qui exigent une AIPD. Voyez avec le DPO pour qu'elle soit réalisée, "
                + "puis indiquez dpia: done.");
        assertThat(at(findings, D_DPIA, "tools[2].record").message()).isEqualTo("L'outil « Outil de dictée et de "
                + "synthèse hébergé par l'établissement » (dictee) est autorisé pour des données de santé mais son "
                + "traitement n'est pas indiqué comme inscrit au registre des activités de traitement (RGPD art. 30) : "
                + "vérifiez l'inscription avec le DPO, puis indiquez record: true.");
        assertThat(at(findings, D_DPIA, "tools[2].patient_notice").message()).isEqualTo("L'outil « Outil de dictée et de "
                + "synthèse hébergé par l'établissement » (dictee) est autorisé pour des données de santé identifiantes "
                + "mais l'information des patients sur ce traitement n'est pas indiquée (RGPD art. 13 et 14) : vérifiez "
                + "avec le DPO que l'information délivrée aux patients le mentionne, puis indiquez patient_notice: true.");
        assertThat(findings).allSatisfy(f -> assertThat(line(f)).isEqualTo(questionnaire.lineOf("- id: dictee")));
        assertThat(messages(englishFindingsOf(questionnaire), D_DPIA)).containsExactly(
                "The tool \"Outil de dictée et de synthèse hébergé par l'établissement\" (dictee) is authorised for health "
                        + "data and its data protection impact assessment (DPIA, GDPR art. 35) is not recorded as done "
                        + "(status unknown): the CNIL lists the processing of health data by health establishments for "
                        + "patient care among those that require a DPIA. See with the DPO that it is carried out, then "
                        + "write dpia: done.",
                "The tool \"Outil de dictée et de synthèse hébergé par l'établissement\" (dictee) is authorised for "
                        + "identifying health data but the information of patients about this processing is not recorded "
                        + "(GDPR art. 13 and 14): check with the DPO that the information given to patients mentions it, "
                        + "then write patient_notice: true.",
                "The tool \"Outil de dictée et de synthèse hébergé par l'établissement\" (dictee) is authorised for health "
                        + "data but its processing is not recorded as entered in the register of processing activities "
                        + "(GDPR art. 30): check the entry with the DPO, then write record: true.");
    }

    @ParameterizedTest(name = "dpia: {0}")
    @CsvSource({"in_progress, en cours, in progress", "not_required, jugée non requise, deemed not required",
            "unknown, état inconnu, status unknown"})
    void warnsAboutAnImpactAssessmentNotDoneQuotingItsStatusOnItsLine(String status, String french, String english) {
        QuestionnaireText questionnaire = givenDictationFormalities("""
                    dpia: %s
                    record: true
                    patient_notice: true
                """.formatted(status));

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_DPIA)).containsExactly("WARNING tools[2].dpia");
        assertThat(messages(findings, D_DPIA)).singleElement().asString()
                .contains("n'est pas indiquée comme réalisée (" + french + ") :");
        assertThat(line(findings.get(0))).isEqualTo(questionnaire.lineOf("dpia: " + status));
        assertThat(messages(englishFindingsOf(questionnaire), D_DPIA)).singleElement().asString()
                .contains("is not recorded as done (" + english + "):");
    }

    @ParameterizedTest(name = "record: {0}")
    @ValueSource(strings = {"false", ""})
    void warnsAboutARegisterEntryNotRecordedTrue(String record) {
        QuestionnaireText questionnaire = givenDictationFormalities("""
                    dpia: done
                    patient_notice: true
                """ + (record.isEmpty() ? "" : "    record: " + record + "\n"));

        assertThat(reported(findingsOf(questionnaire), D_DPIA)).containsExactly("WARNING tools[2].record");
    }

    @Test
    void warnsAboutPatientsNotInformed() {
        List<Finding> findings = findingsOf(givenDictationFormalities("""
                    dpia: done
                    record: true
                    patient_notice: false
                """));

        assertThat(reported(findings, D_DPIA)).containsExactly("WARNING tools[2].patient_notice");
    }

    @Test
    void asksNoPatientNoticeForPseudonymisedDataOnly() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: entrepot, name: Entrepôt de données de recherche, kind: enterprise, hosting: hds, contract: true, trains_on_inputs: false }
                        """)
                .adding("data", """
                        - { id: cohorte, label: Données de cohorte pseudonymisées, kind: health_pseudonymised }
                        """)
                .adding("authorised", """
                        - { use: veille, roles: [cardiologue], tools: [entrepot], data: [cohorte] }
                        """));

        assertThat(reported(findings, D_DPIA)).containsExactly("WARNING tools[3].dpia", "WARNING tools[3].record");
        assertThat(findings).hasSize(2);
    }

    @Test
    void reportsEachFormalityOnceHoweverManyRulesGiveTheToolHealthData() {
        List<Finding> findings = findingsOf(givenDictationFormalities("""
                    record: true
                    patient_notice: true
                """).adding("authorised", """
                - { use: comptes-rendus, roles: [ide], tools: [dictee], data: [dossier-patient], human_validation: true }
                - { use: veille, roles: [cardiologue], tools: [dictee], data: [dossier-patient, public] }
                """));

        assertThat(reported(findings, D_DPIA)).containsExactly("WARNING tools[2].dpia");
    }

    @Test
    void checksAToolGivenHealthDataThroughTheWildcard() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: entrepot, name: Entrepôt de données de santé, kind: enterprise, hosting: hds, contract: true, trains_on_inputs: false, dpia: in_progress, record: true }
                        """)
                .adding("authorised", """
                        - { use: comptes-rendus, roles: [cardiologue], tools: [entrepot], data: ["*"], human_validation: true }
                        """));

        // patient_notice, left out, points at the tool's first column, before the written dpia
        assertThat(reported(findings, D_DPIA)).containsExactly("WARNING tools[3].patient_notice", "WARNING tools[3].dpia");
    }

    @Test
    void asksNothingOfAToolWithoutHealthData() {
        // copilot (tools[1]) receives personal, internal and public data only
        List<Finding> findings = findingsOf(base().replacing("""
                    account: professional
                    dpia: done
                    record: true
                    patient_notice: true
                  - id: dictee
                """, """
                    account: professional
                  - id: dictee
                """));

        assertThat(findings).isEmpty();
    }

    // --- given / then helpers

    /** The base questionnaire with the dictation tool's dpia, record and patient_notice lines replaced. */
    private static QuestionnaireText givenDictationFormalities(String formalities) {
        String kept = DICTATION_FORMALITIES.substring(0, DICTATION_FORMALITIES.indexOf("    dpia:"));
        return base().replacing(DICTATION_FORMALITIES, kept + formalities);
    }

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
