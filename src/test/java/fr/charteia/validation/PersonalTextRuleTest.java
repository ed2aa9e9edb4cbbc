package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.P_PERSONAL_TEXT;
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
 * P-PERSONAL-TEXT: the charter is posted and shared, so its free text must not hold a social-security
 * number, a phone number or an email that is not a listed contact, or a name next to a birth date.
 */
class PersonalTextRuleTest {

    private static final String EXAMPLES =
            "examples: Comptes rendus de consultation, résultats d'examens, courriers au médecin traitant";
    private static final String PRACTICE = "- Ne jamais saisir le nom d'un patient dans un outil grand public.";
    private static final String PROCEDURE = "procedure: Déclarer tout incident lié à l'IA par une fiche d'événement "
            + "indésirable (FEI) et prévenir le cadre de santé.";
    private static final String DPO = "dpo: { name: Hélène Marchand, email: dpo@ch-valmont.fr }";

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    @Test
    void warnsAboutASocialSecurityNumberInAnExample() {
        QuestionnaireText questionnaire = base().replacing(EXAMPLES, EXAMPLES + " (dossier 185057800608436)");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING data[0].examples");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, P_PERSONAL_TEXT);
        assertThat(finding.message()).isEqualTo("Ce texte semble contenir un numéro de sécurité sociale (18505…) : la charte "
                + "sera affichée et diffusée, elle ne doit contenir aucune donnée personnelle. Remplacez-le par un exemple "
                + "fictif ou retirez-le.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("(dossier 185057800608436)"));
        assertThat(single(englishFindingsOf(questionnaire), P_PERSONAL_TEXT).message()).isEqualTo("This text seems to hold a "
                + "French social-security number (18505…): the charter will be posted and shared, it must not contain "
                + "personal data. Replace it with a fictitious example or remove it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 85 05 78 006 084 36", "2 91 12 2A 123 456 78", "185057800608436", "1850578006084"})
    void recognisesSocialSecurityNumbersWithOrWithoutSpacesAndKey(String nir) {
        List<Finding> findings = findingsOf(base().replacing(EXAMPLES, EXAMPLES + " (dossier " + nir + ")"));

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING data[0].examples");
        assertThat(messages(findings, P_PERSONAL_TEXT)).singleElement().asString()
                .startsWith("Ce texte semble contenir un numéro de sécurité sociale (" + nir.substring(0, 5) + "…)");
    }

    @Test
    void warnsAboutAPhoneNumberThatIsNotAContact() {
        QuestionnaireText questionnaire = base().adding("practices", """
                - Joindre l'interne de garde au 06 12 34 56 78 en cas de doute.
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING practices[1]");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, P_PERSONAL_TEXT);
        assertThat(finding.message()).isEqualTo("Ce texte contient le numéro « 06 12 34 56 78 », qui n'est pas celui d'un "
                + "contact déclaré : s'il s'agit d'une personne, retirez-le ou déclarez-le comme contact.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("06 12 34 56 78"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01 23 45 67 89", "0123456789", "01.23.45.67.89", "+33 1 23 45 67 89", "+33123456789"})
    void acceptsThePhoneNumberOfAContactHoweverWritten(String written) {
        List<Finding> findings = findingsOf(base()
                .replacing(DPO, "dpo: { name: Hélène Marchand, email: dpo@ch-valmont.fr, phone: 01 23 45 67 89 }")
                .replacing(PRACTICE, PRACTICE + "\n  - En cas de doute, appeler le DPO au " + written + "."));

        assertThat(findings).isEmpty();
    }

    @Test
    void warnsAboutAnEmailThatIsNotAContact() {
        QuestionnaireText questionnaire = base().replacing(PROCEDURE, PROCEDURE.replace("prévenir le cadre de santé.",
                "écrire à jean.martin@ch-valmont.fr."));

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING incident.procedure");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, P_PERSONAL_TEXT)).containsExactly("Ce texte contient l'adresse électronique "
                + "« jean.martin@ch-valmont.fr », qui n'est pas celle d'un contact déclaré : s'il s'agit d'une personne, "
                + "retirez-la ou déclarez-la comme contact.");
        assertThat(messages(englishFindingsOf(questionnaire), P_PERSONAL_TEXT)).containsExactly("This text holds the email "
                + "address \"jean.martin@ch-valmont.fr\", which is not one of a declared contact: if it is a person's, remove "
                + "it or declare it as a contact.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dpo@ch-valmont.fr", "DPO@CH-Valmont.fr", "referent-ia@ch-valmont.fr"})
    void acceptsTheEmailOfAContact(String email) {
        List<Finding> findings = findingsOf(base().replacing(PROCEDURE, PROCEDURE.replace("prévenir le cadre de santé.",
                "écrire à " + email + ".")));

        assertThat(findings).isEmpty();
    }

    @Test
    void warnsAboutANameNextToABirthDate() {
        QuestionnaireText questionnaire = base().replacing(EXAMPLES, EXAMPLES + " (par exemple celui de Mme Durand, née le "
                + "12/03/1950)");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING data[0].examples");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, P_PERSONAL_TEXT)).containsExactly("Ce texte semble associer un nom et une date de "
                + "naissance (« Mme Durand … née le ») : la charte ne doit contenir aucune donnée de patient. Remplacez "
                + "l'exemple par un cas fictif sans nom ni date.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compte rendu de Jean DUPONT, DDN 04/07/1962", "M. Martin né le 3 mars 1948",
            "courrier de Dr Lefèvre, date de naissance 01.02.1990"})
    void recognisesOtherWaysOfWritingANameAndABirthDate(String example) {
        List<Finding> findings = findingsOf(base().replacing(EXAMPLES, EXAMPLES + " (" + example + ")"));

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING data[0].examples");
        assertThat(messages(findings, P_PERSONAL_TEXT)).singleElement().asString()
                .startsWith("Ce texte semble associer un nom et une date de naissance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"consultation du 12/03/2027", "relu par Dr Mercier avant envoi", "patients nés après 1950"})
    void acceptsADateOrANameAlone(String example) {
        assertThat(findingsOf(base().replacing(EXAMPLES, EXAMPLES + " (" + example + ")"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "service.name                | name: Consultations de cardiologie",
            "service.unit                | unit: Pôle cardio-vasculaire",
            "document.distribution[0]    | distribution: [Tous les personnels du service",
            "roles[0].label              | label: Cardiologue",
            "tools[1].name               | name: Assistant bureautique (licence établissement)",
            "data[1].label               | label: Données personnelles des agents",
            "data[0].examples            | examples: Comptes rendus de consultation",
            "uses[1].label               | label: Mise en forme des comptes rendus de consultation",
            "uses[1].description         | description: À partir de la dictée du cardiologue",
            "authorised[0].conditions[0] | conditions: [Relire et valider chaque courrier avant envoi",
            "forbidden[0].reason         | reason: Un outil grand public",
            "forbidden[1].statement      | statement: Copier ou photographier un document patient",
            "practices[0]                | - Ne jamais saisir le nom",
            "incident.procedure          | procedure: Déclarer tout incident",
            "training[0].title           | IA générative de manière responsable",
            "training[0].audience        | audience: Tous les personnels du service",
            "training[0].date            | date: premier semestre 2027"})
    void inspectsEveryFreeTextField(String path, String fragment) {
        List<Finding> findings = findingsOf(base().replacing(fragment, fragment + " (tél. 06 12 34 56 78)"));

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING " + path);
    }

    @Test
    void inspectsTheOrganisationName() {
        List<Finding> findings = findingsOf(base().replacing("name: Centre hospitalier de Valmont",
                "name: Centre hospitalier de Valmont (jean.martin@ch-valmont.fr)"));

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING organisation.name");
    }

    @Test
    void takesARecentDateNextToANameForAValidationDateNotABirthDate() {
        List<Finding> findings = findingsOf(base().adding("practices", """
                - Procédure validée par Dr Mercier le 12/03/2027 en réunion de service.
                """));

        assertThat(findings).isEmpty();
    }

    @Test
    void takesAnOldDateNextToANameForABirthDate() {
        List<Finding> findings = findingsOf(base().adding("practices", """
                - "Exemple à ne pas suivre : M. Dupont, 12/03/1956, admis aux urgences."
                """));

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING practices[1]");
        assertThat(findings).hasSize(1);
    }

    @Test
    void warnsAboutACivilityANameAndABirthDateInAPractice() {
        QuestionnaireText questionnaire = base().adding("practices", """
                - "Ne jamais recopier une identité telle que Mme Dupont née le 12/03/1990 dans un outil."
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(findings).hasSize(1);
        Finding finding = single(findings, P_PERSONAL_TEXT);
        assertThat(finding.path()).isEqualTo("practices[1]");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("Mme Dupont née le"));
        assertThat(finding.message()).isEqualTo("Ce texte semble associer un nom et une date de naissance (« Mme Dupont … "
                + "née le ») : la charte ne doit contenir aucune donnée de patient. Remplacez l'exemple par un cas fictif "
                + "sans nom ni date.");
        assertThat(single(englishFindingsOf(questionnaire), P_PERSONAL_TEXT).message()).isEqualTo("This text seems to pair "
                + "a name with a date of birth (\"Mme Dupont … née le\"): the charter must not contain patient data. "
                + "Replace the example with a fictitious case without name or date.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Monsieur Jean Durand, né en 1962               | Monsieur Jean … né en",
            "Mrs Smith born 12/03/1990                      | Mrs Smith … born",
            "Mr. Smith, born in 1962                        | Mr. Smith … born in",
            "Madame Dupont née Martin le 12 mars 1990       | Madame Dupont … née Martin le",
            "MME DUPONT NÉE LE 12/03/1990                   | MME DUPONT … NÉE LE",
            // a no-break space after the civility, as a word processor types it
            "Mme\u00a0Dupont née le 12/03/1990              | Mme\u00a0Dupont … née le",
            "M. Martin né le 3 mars 1950                    | M. Martin … né le",
            "Mlle Leroy, DOB 04/07/1988                     | Mlle Leroy … DOB"})
    void recognisesACivilityANameAndABirthDateHoweverWritten(String example, String excerpt) {
        List<Finding> findings = findingsOf(base().replacing(EXAMPLES, EXAMPLES + " (" + example + ")"));

        assertThat(reported(findings, P_PERSONAL_TEXT)).containsExactly("WARNING data[0].examples");
        assertThat(messages(findings, P_PERSONAL_TEXT)).singleElement().asString()
                .startsWith("Ce texte semble associer un nom et une date de naissance (« " + excerpt + " ») :");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "un patient né le 12/03/1990 reste un patient, sans nom dans l'outil",
            "pour toute personne née en 1950 ou avant",
            "contact Dr Martin, poste 4512",
            "Mme Dupont, cadre de santé, valide les comptes rendus",
            "les patients nés en 1962"})
    void leavesABirthCueWithoutANameOrANameWithoutABirthCueAlone(String example) {
        assertThat(findingsOf(base().replacing(EXAMPLES, EXAMPLES + " (" + example + ")"))).isEmpty();
    }

    @Test
    void leavesTheNamesOfSignatoriesAndContactsAlone() {
        List<Finding> findings = findingsOf(base()
                .replacing("manager: { name: Isabelle Renaud, title: Cadre de santé }",
                        "manager: { name: Mme Isabelle RENAUD, title: Cadre de santé }"));

        assertThat(findings).isEmpty();
    }

    // --- given / then helpers

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
