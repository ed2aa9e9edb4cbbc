package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.D_PATIENT_DATA;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D-PATIENT-DATA: what a hospital records about patients, admission data included, is health data
 * (GDPR recital 35), whatever kind the questionnaire gives it.
 */
class PatientDataRuleTest {

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    @Test
    void rejectsPatientDataClassedAsMerePersonalData() {
        QuestionnaireText questionnaire = givenCategory(
                "{ id: admissions, label: Données administratives d'admission, kind: personal, about: patients }");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_PATIENT_DATA)).containsExactly("ERROR data[4].kind");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, D_PATIENT_DATA);
        assertThat(finding.message()).isEqualTo("La catégorie « Données administratives d'admission » (admissions) porte "
                + "sur des patients (about: patients) mais elle est déclarée kind: personal, c'est-à-dire des données "
                + "personnelles : ce qu'un établissement enregistre sur un patient pour sa prise en charge, données "
                + "d'admission comprises, est une donnée de santé (RGPD, considérant 35). Classez-la health_identifying, "
                + "ou health_pseudonymised si elle est pseudonymisée.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("id: admissions"));
        assertThat(messages(englishFindingsOf(questionnaire), D_PATIENT_DATA)).containsExactly("The data category "
                + "\"Données administratives d'admission\" (admissions) is about patients (about: patients) but is declared "
                + "kind: personal, that is personal data: what a hospital records about a patient for their care, "
                + "admission data included, is health data (GDPR, recital 35). Class it health_identifying, or "
                + "health_pseudonymised if it is pseudonymised.");
    }

    @ParameterizedTest(name = "kind {0} → reported: {1}")
    @CsvSource({"personal, true", "internal, true", "public, true",
            "health_identifying, false", "health_pseudonymised, false", "anonymised, false"})
    void acceptsPatientDataOnlyAsHealthOrAnonymisedData(String kind, boolean reported) {
        List<Finding> findings = findingsOf(givenCategory(
                "{ id: admissions, label: Données d'admission, kind: %s, about: patients }".formatted(kind)));

        assertThat(reported(findings, D_PATIENT_DATA)).isEqualTo(reported ? List.of("ERROR data[4].kind") : List.of());
    }

    @Test
    void namesTheKindGivenInTheMessage() {
        List<Finding> findings = findingsOf(givenCategory(
                "{ id: planning-patients, label: Planning des rendez-vous, kind: internal, about: patients }"));

        assertThat(messages(findings, D_PATIENT_DATA)).singleElement().asString()
                .contains("elle est déclarée kind: internal, c'est-à-dire des documents internes :");
    }

    @ParameterizedTest(name = "about: {0}")
    @ValueSource(strings = {"staff", "other"})
    void acceptsPersonalDataAboutSomeoneElseThanPatients(String about) {
        List<Finding> findings = findingsOf(givenCategory(
                "{ id: visiteurs, label: Coordonnées des patients et des visiteurs, kind: personal, about: %s }".formatted(about)));

        assertThat(findings).isEmpty();
    }

    @Test
    void warnsAboutPersonalDataThatSpeaksOfPatientsWithoutSayingWhomItIsAbout() {
        QuestionnaireText questionnaire = givenCategory(
                "{ id: admissions, label: Données d'admission des patients, kind: personal }");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_PATIENT_DATA)).containsExactly("WARNING data[4].about");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, D_PATIENT_DATA)).containsExactly("La catégorie « Données d'admission des patients » "
                + "(admissions) est classée comme données personnelles mais semble porter sur des patients (« admission ») : "
                + "si c'est le cas, ce sont des données de santé (RGPD, considérant 35), classez-la health_identifying et "
                + "indiquez about: patients ; sinon, indiquez about: staff ou about: other.");
        assertThat(messages(englishFindingsOf(questionnaire), D_PATIENT_DATA)).containsExactly("The data category "
                + "\"Données d'admission des patients\" (admissions) is classed as personal data but seems to be about "
                + "patients (\"admission\"): if so, it is health data (GDPR, recital 35), class it health_identifying and "
                + "write about: patients; otherwise write about: staff or about: other.");
    }

    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource(delimiter = '|', value = {
            "Identité des Patientes | Patientes",
            "Numéros IPP | IPP",
            "Dates de séjour | séjour",
            "Dates de SEJOURS | SEJOURS",
            "Liste des hospitalisations | hospitalisations",
            "Personnes hospitalisées | hospitalisées",
            "Extraits du dossier  médical | dossier  médical",
            "Coordonnées des usagers | usagers",
            "Inpatient contact details | Inpatient",
            "Hospital stay dates | Hospital stay",
            "Medical records index | Medical records",
            "Hospitalization dates | Hospitalization"})
    void recognisesWordsThatSpeakOfPatientsAndQuotesThemAsWritten(String label, String word) {
        List<Finding> findings = findingsOf(givenCategory(
                "{ id: essai, label: \"%s\", kind: personal }".formatted(label)));

        assertThat(reported(findings, D_PATIENT_DATA)).containsExactly("WARNING data[4].about");
        assertThat(messages(findings, D_PATIENT_DATA)).singleElement().asString().contains("(« " + word + " »)");
    }

    @Test
    void readsTheExamplesToo() {
        List<Finding> findings = findingsOf(givenCategory(
                "{ id: coordonnees, label: Coordonnées, kind: personal, examples: \"téléphone et adresse du patient\" }"));

        assertThat(messages(findings, D_PATIENT_DATA)).singleElement().asString().contains("(« patient »)");
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"Dossiers administratifs des agents", "Candidats admissibles au concours",
            "Annuaire du personnel hospitalier", "Patientèle libérale des praticiens", "Impatiences et réclamations"})
    void ignoresWordsThatOnlyLookLikeThem(String label) {
        assertThat(findingsOf(givenCategory("{ id: essai, label: \"%s\", kind: personal }".formatted(label)))).isEmpty();
    }

    @Test
    void warnsOnlyAboutPersonalData() {
        List<Finding> findings = findingsOf(givenCategory(
                "{ id: protocoles, label: Protocoles de prise en charge des patients, kind: internal }"));

        assertThat(findings).isEmpty();
    }

    @Test
    void trustsAnExplicitAbout() {
        assertThat(findingsOf(givenCategory(
                "{ id: familles, label: Coordonnées des proches de patients, kind: personal, about: other }"))).isEmpty();
    }

    @Test
    void leavesAnAboutOfTheWrongShapeToQSchema() {
        List<Finding> findings = findingsOf(givenCategory(
                "{ id: admissions, label: Données d'admission des patients, kind: personal, about: patient }"));

        assertThat(findings).extracting(f -> f.code() + " " + f.path()).containsExactly("Q-SCHEMA data[4].about");
    }

    // --- given / then helpers

    /** One more data category, data[4], given to the office assistant in a drafting rule so it is used. */
    private static QuestionnaireText givenCategory(String category) {
        String id = category.substring(category.indexOf("id: ") + 4, category.indexOf(','));
        return base().adding("data", "- " + category).adding("authorised", """
                - { use: courriers, roles: [secretaire], tools: [copilot], data: [%s], human_validation: true }
                """.formatted(id));
    }

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
