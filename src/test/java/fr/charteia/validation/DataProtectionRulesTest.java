package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.D_HEALTH_HOSTING;
import static fr.charteia.validation.RuleCode.D_MINIMISATION;
import static fr.charteia.validation.RuleCode.D_PUBLIC_PERSONAL;
import static fr.charteia.validation.RuleCode.D_TRAINING;
import static fr.charteia.validation.RuleCode.D_TRANSFER;
import static fr.charteia.validation.RuleTestSupport.base;
import static fr.charteia.validation.RuleTestSupport.involving;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D-PUBLIC-PERSONAL, D-HEALTH-HOSTING, D-TRAINING, D-TRANSFER and D-MINIMISATION: which data an
 * authorised rule may give to which tool.
 */
class DataProtectionRulesTest {

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    // --- D-PUBLIC-PERSONAL

    @Test
    void rejectsPersonalDataGivenToAPublicTool() {
        QuestionnaireText questionnaire = givenTool("""
                - { id: resumeur, name: Résumeur en ligne, kind: public, hosting: eu, contract: true, trains_on_inputs: false, account: professional }
                """).adding("authorised", """
                - { use: plannings, roles: [secretaire], tools: [resumeur], data: [interne, personnel], human_validation: true }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_PUBLIC_PERSONAL)).containsExactly("ERROR authorised[4].data[1]");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, D_PUBLIC_PERSONAL);
        assertThat(finding.message()).isEqualTo("L'outil « Résumeur en ligne » (resumeur) est autorisé pour des données "
                + "personnelles (personnel) : un outil grand public ne doit recevoir aucune donnée personnelle. Retirez "
                + "« personnel » de cette règle ou choisissez un outil hébergé par l'établissement ou chez un hébergeur HDS.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("tools: [resumeur]"));
        assertThat(single(englishFindingsOf(questionnaire), D_PUBLIC_PERSONAL).message()).isEqualTo("The tool \"Résumeur "
                + "en ligne\" (resumeur) is authorised for personal data (personnel): a consumer tool must not receive any "
                + "personal data. Remove \"personnel\" from this rule or choose a tool hosted by the institution or by a "
                + "certified health-data host (HDS).");
    }

    @ParameterizedTest(name = "{0} → reported: {1}")
    @CsvSource({
            "health_identifying, true",
            "health_pseudonymised, true",
            "personal, true",
            "anonymised, false",
            "internal, false",
            "public, false"})
    void rejectsEveryKindOfPersonalDataInAPublicToolAndNothingElse(String dataKind, boolean reported) {
        List<Finding> findings = findingsOf(givenTool("""
                - { id: resumeur, name: Résumeur en ligne, kind: public, hosting: on_premise, contract: true, trains_on_inputs: false, account: professional }
                """).adding("data", """
                - { id: essai, label: Données à l'essai, kind: %s }
                """.formatted(dataKind)).adding("authorised", """
                - { use: veille, roles: [cardiologue], tools: [resumeur], data: [essai] }
                """));

        assertThat(reported(findings, D_PUBLIC_PERSONAL))
                .isEqualTo(reported ? List.of("ERROR authorised[4].data[0]") : List.of());
    }

    @Test
    void acceptsPublicDataInAPublicTool() {
        List<Finding> findings = findingsOf(givenTool("""
                - { id: moteur, name: Moteur de recherche, kind: public, hosting: outside_eu, trains_on_inputs: true, account: professional }
                """).adding("authorised", """
                - { use: veille, roles: [ide], tools: [moteur], data: [public] }
                """));

        assertThat(findings).isEmpty();
    }

    @Test
    void checksAWildcardDataListAgainstEveryCategory() {
        List<Finding> findings = findingsOf(base().adding("authorised", """
                - { use: veille, roles: [ide], tools: [chatbot-public], data: ["*"] }
                """));

        assertThat(reported(findings, D_PUBLIC_PERSONAL))
                .containsExactly("ERROR authorised[4].data[0]", "ERROR authorised[4].data[0]");
        assertThat(messages(findings, D_PUBLIC_PERSONAL)).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("des données de santé identifiantes (dossier-patient)"),
                m -> assertThat(m).contains("des données personnelles (personnel)"));
    }

    // --- D-HEALTH-HOSTING

    @Test
    void rejectsHealthDataInAToolHostedOutsideTheInstitutionOrAnHdsHost() {
        QuestionnaireText questionnaire = base().adding("authorised", """
                - { use: comptes-rendus, roles: [cardiologue], tools: [dictee, copilot], data: [dossier-patient], human_validation: true }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_HEALTH_HOSTING)).containsExactly("ERROR authorised[4].tools[1]");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, D_HEALTH_HOSTING)).containsExactly("L'outil « Assistant bureautique (licence "
                + "établissement) » (copilot), hébergé dans l'Union européenne, hors HDS, est autorisé pour des données de "
                + "santé (« Données patient identifiantes », dossier-patient) : les données de santé ne peuvent aller que vers "
                + "un outil hébergé par l'établissement ou chez un hébergeur certifié HDS (CSP L1111-8). Retirez "
                + "« dossier-patient » de cette règle ou choisissez un outil hébergé on_premise ou hds.");
        assertThat(messages(englishFindingsOf(questionnaire), D_HEALTH_HOSTING)).singleElement().asString()
                .startsWith("The tool \"Assistant bureautique (licence établissement)\" (copilot), hosted in the European "
                        + "Union, not HDS, is authorised for health data (\"Données patient identifiantes\", dossier-patient)");
    }

    @ParameterizedTest(name = "hosting {0} → reported at: {1}")
    @CsvSource({"on_premise, ''", "hds, ''", "eu, authorised[4].tools[0]",
            // hosted where the data may leave the EU: merged with D-TRANSFER at the data reference
            "outside_eu, authorised[4].data[0]", "unknown, authorised[4].data[0]"})
    void acceptsHealthDataOnlyOnPremiseOrAtAnHdsHost(String hosting, String reportedAt) {
        List<Finding> findings = findingsOf(givenHealthDataTool("""
                - { id: entrepot, name: Entrepôt de données de santé, kind: enterprise, hosting: %s, contract: true, trains_on_inputs: false, dpia: done, record: true, patient_notice: true }
                """.formatted(hosting)));

        assertThat(involving(findings, D_HEALTH_HOSTING))
                .isEqualTo(reportedAt.isEmpty() ? List.of() : List.of("ERROR " + reportedAt));
        assertThat(findings).filteredOn(f -> f.codes().contains(D_HEALTH_HOSTING)).allMatch(f -> f.message().contains("hébergé "));
    }

    @Test
    void rejectsHealthDataInAnHdsToolWithoutContract() {
        QuestionnaireText questionnaire = givenHealthDataTool("""
                - { id: entrepot, name: Entrepôt de données de santé, kind: enterprise, hosting: hds, trains_on_inputs: false, dpia: done, record: true, patient_notice: true }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_HEALTH_HOSTING)).containsExactly("ERROR authorised[4].tools[0]");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, D_HEALTH_HOSTING)).containsExactly("L'outil « Entrepôt de données de santé » (entrepot) "
                + "est autorisé pour des données de santé (« Données patient identifiantes », dossier-patient) sans contrat "
                + "avec le fournisseur : un contrat de sous-traitance (RGPD art. 28) est obligatoire. Vérifiez le contrat avec "
                + "la direction des achats et le DPO, puis indiquez contract: true, ou retirez « dossier-patient » de cette règle.");
        assertThat(messages(englishFindingsOf(questionnaire), D_HEALTH_HOSTING)).containsExactly("The tool \"Entrepôt de "
                + "données de santé\" (entrepot) is authorised for health data (\"Données patient identifiantes\", "
                + "dossier-patient) without a contract with its provider: a data processing agreement (GDPR art. 28) is "
                + "mandatory. Check the contract with procurement and the DPO, then write contract: true, or remove "
                + "\"dossier-patient\" from this rule.");
    }

    @Test
    void acceptsHealthDataInAnHdsToolUnderContract() {
        List<Finding> findings = findingsOf(givenHealthDataTool("""
                - { id: entrepot, name: Entrepôt de données de santé, kind: enterprise, hosting: hds, contract: true, trains_on_inputs: false, dpia: done, record: true, patient_notice: true }
                """));

        assertThat(findings).isEmpty();
    }

    @Test
    void treatsPseudonymisedHealthDataAsHealthData() {
        List<Finding> findings = findingsOf(base()
                .adding("data", """
                        - { id: cohorte, label: Données de cohorte pseudonymisées, kind: health_pseudonymised }
                        """)
                .adding("authorised", """
                        - { use: veille, roles: [cardiologue], tools: [copilot], data: [cohorte] }
                        """));

        assertThat(reported(findings, D_HEALTH_HOSTING)).containsExactly("ERROR authorised[4].tools[0]");
        assertThat(messages(findings, D_HEALTH_HOSTING)).singleElement().asString()
                .contains("(« Données de cohorte pseudonymisées », cohorte)");
    }

    // --- D-TRAINING

    @Test
    void rejectsPersonalDataInAToolThatTrainsOnItsInputs() {
        QuestionnaireText questionnaire = givenTool("""
                - { id: traducteur, name: Traducteur en ligne (offre entreprise), kind: enterprise, hosting: eu, contract: true, trains_on_inputs: true }
                """).adding("authorised", """
                - { use: plannings, roles: [secretaire], tools: [copilot, traducteur], data: [personnel], human_validation: true }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_TRAINING)).containsExactly("ERROR authorised[4].tools[1]");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, D_TRAINING)).containsExactly("L'outil « Traducteur en ligne (offre entreprise) » "
                + "(traducteur) peut réutiliser ce qu'on lui confie pour entraîner ses modèles (entraînement déclaré par le "
                + "fournisseur) et il est autorisé pour des données personnelles (« Données personnelles des agents », "
                + "personnel). Retirez « personnel » de cette règle, ou obtenez du fournisseur la garantie contractuelle qu'il "
                + "n'entraîne pas ses modèles sur vos données (trains_on_inputs: false).");
        assertThat(messages(englishFindingsOf(questionnaire), D_TRAINING)).singleElement().asString()
                .startsWith("The tool \"Traducteur en ligne (offre entreprise)\" (traducteur) may reuse what it receives to "
                        + "train its models (training declared by the provider) and is authorised for personal data");
    }

    @Test
    void warnsAboutInternalDocumentsInAToolThatTrainsOnItsInputs() {
        List<Finding> findings = findingsOf(givenTool("""
                - { id: traducteur, name: Traducteur en ligne (offre entreprise), kind: enterprise, hosting: eu, contract: true, trains_on_inputs: true }
                """).adding("authorised", """
                - { use: courriers, roles: [secretaire], tools: [traducteur], data: [public, interne], human_validation: true }
                """));

        assertThat(reported(findings, D_TRAINING)).containsExactly("WARNING authorised[4].tools[0]");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, D_TRAINING)).singleElement().asString().isEqualTo("L'outil « Traducteur en ligne "
                + "(offre entreprise) » (traducteur) peut réutiliser ce qu'on lui confie pour entraîner ses modèles "
                + "(entraînement déclaré par le fournisseur) et il est autorisé pour des documents internes (« Documents "
                + "internes du service », interne). Vérifiez que ces documents ne sont pas sensibles, désactivez la "
                + "réutilisation si l'outil le permet, ou retirez « interne » de cette règle.");
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @ValueSource(strings = {", trains_on_inputs: unknown", ""})
    void countsAnUnknownOrUnansweredTrainingPolicyAsMayTrain(String trainsOnInputs) {
        List<Finding> findings = findingsOf(givenTool("""
                - { id: traducteur, name: Traducteur en ligne, kind: enterprise, hosting: eu, contract: true%s }
                """.formatted(trainsOnInputs)).adding("authorised", """
                - { use: plannings, roles: [secretaire], tools: [traducteur], data: [personnel], human_validation: true }
                """));

        assertThat(reported(findings, D_TRAINING)).containsExactly("ERROR authorised[4].tools[0]");
        assertThat(messages(findings, D_TRAINING)).singleElement().asString()
                .contains("(traducteur) peut réutiliser ce qu'on lui confie pour entraîner ses modèles "
                        + "(réutilisation non exclue par le fournisseur)");
    }

    @Test
    void acceptsPersonalDataInAToolThatDoesNotTrainOnItsInputs() {
        List<Finding> findings = findingsOf(givenTool("""
                - { id: traducteur, name: Traducteur en ligne, kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false }
                """).adding("authorised", """
                - { use: plannings, roles: [secretaire], tools: [traducteur], data: [personnel, interne], human_validation: true }
                """));

        assertThat(findings).isEmpty();
    }

    // --- D-TRANSFER

    @Test
    void rejectsHealthDataInAToolHostedOutsideTheEu() {
        QuestionnaireText questionnaire = givenHealthDataTool("""
                - { id: transcripteur, name: Transcripteur vocal, kind: enterprise, hosting: outside_eu, contract: true, trains_on_inputs: false, dpia: done, record: true, patient_notice: true }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        // health data hosted outside the EU also break D-HEALTH-HOSTING: one finding at the data reference
        Finding finding = findings.stream().filter(f -> f.codes().contains(D_TRANSFER)).findFirst().orElseThrow();
        assertThat(finding.path()).isEqualTo("authorised[4].data[0]");
        assertThat(finding.codes()).containsExactly(D_HEALTH_HOSTING, D_TRANSFER);
        assertThat(finding.message()).isEqualTo("Cette règle ne peut pas confier des données de santé identifiantes "
                + "(« Données patient identifiantes », dossier-patient) à « Transcripteur vocal » (transcripteur) : il est "
                + "hébergé hors de l'Union européenne, alors que les données de santé ne vont qu'à un outil hébergé par "
                + "l'établissement ou chez un hébergeur HDS ; les données de santé pourraient sortir de l'Union européenne. "
                + "Retirez « dossier-patient » de cette règle.");
        assertThat(englishFindingsOf(questionnaire)).filteredOn(f -> f.codes().contains(D_TRANSFER)).singleElement()
                .extracting(Finding::message).isEqualTo("This rule "
                + "cannot give identifying health data (\"Données patient identifiantes\", dossier-patient) to \"Transcripteur "
                + "vocal\" (transcripteur): it is hosted outside the European Union, whereas health data only go to a tool "
                + "hosted by the institution or by a certified health-data host (HDS); the health data could leave the "
                + "European Union. Remove \"dossier-patient\" from this rule.");
    }

    @Test
    void warnsAboutPersonalDataInAToolHostedOutsideTheEu() {
        List<Finding> findings = findingsOf(givenTool("""
                - { id: transcripteur, name: Transcripteur vocal, kind: enterprise, hosting: outside_eu, contract: true, trains_on_inputs: false }
                """).adding("authorised", """
                - { use: plannings, roles: [secretaire], tools: [transcripteur], data: [interne, personnel], human_validation: true }
                """));

        assertThat(reported(findings, D_TRANSFER)).containsExactly("WARNING authorised[4].tools[0]");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, D_TRANSFER)).containsExactly("L'outil « Transcripteur vocal » (transcripteur) est "
                + "hébergé hors de l'Union européenne et il est autorisé pour des données personnelles (« Données "
                + "personnelles des agents », personnel) : un transfert hors de l'Union européenne exige des garanties (RGPD "
                + "art. 44 et suivants). Vérifiez-les avec le DPO ou retirez « personnel » de cette règle.");
    }

    @Test
    void countsAnUnknownHostingAsAPossibleTransfer() {
        List<Finding> findings = findingsOf(givenTool("""
                - { id: transcripteur, name: Transcripteur vocal, kind: enterprise, hosting: unknown, contract: true, trains_on_inputs: false }
                """).adding("authorised", """
                - { use: plannings, roles: [secretaire], tools: [transcripteur], data: [personnel], human_validation: true }
                """));

        assertThat(reported(findings, D_TRANSFER)).containsExactly("WARNING authorised[4].tools[0]");
        assertThat(messages(findings, D_TRANSFER)).singleElement().asString()
                .contains("(transcripteur) est hébergé en un lieu inconnu et il est autorisé pour des données personnelles");
    }

    @Test
    void acceptsPersonalDataInAToolHostedInTheEuAndInternalDocumentsAnywhere() {
        List<Finding> findings = findingsOf(givenTool("""
                - { id: transcripteur, name: Transcripteur vocal, kind: enterprise, hosting: outside_eu, contract: true, trains_on_inputs: false }
                """).adding("authorised", """
                - { use: courriers, roles: [secretaire], tools: [transcripteur], data: [interne, public], human_validation: true }
                - { use: plannings, roles: [secretaire], tools: [copilot], data: [personnel], human_validation: true }
                """));

        assertThat(findings).isEmpty();
    }

    // --- D-MINIMISATION

    @Test
    void warnsAboutIdentifyingHealthDataInAnOfficeUse() {
        QuestionnaireText questionnaire = base().adding("authorised", """
                - { use: courriers, roles: [cardiologue], tools: [dictee], data: [interne, dossier-patient], human_validation: true }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_MINIMISATION)).containsExactly("WARNING authorised[4].data[1]");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, D_MINIMISATION)).containsExactly("L'usage « Rédaction de courriers administratifs » "
                + "(courriers, rédaction) est autorisé avec des données de santé identifiantes (« Données patient "
                + "identifiantes », dossier-patient) : ce type d'usage n'en a généralement pas besoin (RGPD art. 5, "
                + "minimisation). Retirez « dossier-patient » ou remplacez-les par des données pseudonymisées ou anonymisées "
                + "si c'est possible.");
        assertThat(messages(englishFindingsOf(questionnaire), D_MINIMISATION)).singleElement().asString()
                .startsWith("The use \"Rédaction de courriers administratifs\" (courriers, drafting) is authorised with "
                        + "identifying health data (\"Données patient identifiantes\", dossier-patient)");
    }

    @ParameterizedTest(name = "{0} → reported: {1}")
    @CsvSource({
            "drafting, true", "summarising, true", "translation, true", "training, true",
            "clinical_documentation, false", "decision_support, false", "patient_communication, false", "coding, false",
            "research, false", "other, false"})
    void warnsAboutIdentifyingHealthDataOnlyInOfficeUses(String useKind, boolean reported) {
        List<Finding> findings = findingsOf(base()
                .adding("uses", """
                        - { id: essai, label: Usage à l'essai, kind: %s }
                        """.formatted(useKind))
                .adding("authorised", """
                        - { use: essai, roles: [cardiologue], tools: [dictee], data: [dossier-patient], human_validation: true }
                        """));

        assertThat(reported(findings, D_MINIMISATION)).isEqualTo(reported ? List.of("WARNING authorised[4].data[0]") : List.of());
    }

    @Test
    void acceptsPseudonymisedHealthDataInAnOfficeUse() {
        List<Finding> findings = findingsOf(base()
                .adding("data", """
                        - { id: cohorte, label: Données de cohorte pseudonymisées, kind: health_pseudonymised }
                        """)
                .adding("authorised", """
                        - { use: courriers, roles: [cardiologue], tools: [dictee], data: [cohorte], human_validation: true }
                        """));

        assertThat(findings).isEmpty();
    }

    // --- given / then helpers

    /** The base questionnaire with one more tool, tools[3]. */
    private static QuestionnaireText givenTool(String tool) {
        return base().adding("tools", tool);
    }

    /** One more tool, tools[3], authorised for identifying health data in a clinical use by a cardiologist (authorised[4]). */
    private static QuestionnaireText givenHealthDataTool(String tool) {
        String id = tool.substring(tool.indexOf("id: ") + 4, tool.indexOf(','));
        return givenTool(tool).adding("authorised", """
                - { use: comptes-rendus, roles: [cardiologue], tools: [%s], data: [dossier-patient], human_validation: true }
                """.formatted(id));
    }

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
