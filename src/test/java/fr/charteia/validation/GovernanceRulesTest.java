package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.G_CONTACTS;
import static fr.charteia.validation.RuleCode.G_DATES;
import static fr.charteia.validation.RuleCode.G_TRAINING;
import static fr.charteia.validation.RuleCode.G_UNUSED;
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
import org.junit.jupiter.params.provider.ValueSource;

/** G-TRAINING, G-CONTACTS, G-DATES and G-UNUSED: what makes the charter a governed document. */
class GovernanceRulesTest {

    private static final String DPO = "dpo: { name: Hélène Marchand, email: dpo@ch-valmont.fr }";
    private static final String SECURITY_OFFICER = "security_officer: { name: Marc Olivier, email: rssi@ch-valmont.fr }";
    private static final String AI_REFERENT = "ai_referent: { name: Dr Sophie Laurent, email: referent-ia@ch-valmont.fr }";

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    // --- G-TRAINING

    @Test
    void warnsWhenToolsAreAuthorisedButNoTrainingIsPlanned() {
        QuestionnaireText questionnaire = base().withoutSection("training");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, G_TRAINING)).containsExactly("WARNING training");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, G_TRAINING)).containsExactly("Des outils sont autorisés mais aucune action de "
                + "formation ou de sensibilisation n'est prévue (AI Act art. 4, maîtrise de l'IA). Ajoutez au moins une "
                + "action dans « training ».");
        assertThat(messages(englishFindingsOf(questionnaire), G_TRAINING)).containsExactly("Tools are authorised but no "
                + "training or awareness action is planned (AI Act art. 4, AI literacy). Add at least one action under "
                + "\"training\".");
    }

    @Test
    void warnsAboutAnEmptyTrainingList() {
        List<Finding> findings = findingsOf(base().withoutSection("training").replacing("incident:\n", "training: []\nincident:\n"));

        assertThat(reported(findings, G_TRAINING)).containsExactly("WARNING training");
    }

    @Test
    void asksForNoTrainingWhenNothingIsAuthorised() {
        List<Finding> findings = findingsOf(base().withoutSection("training").withoutSection("authorised"));

        assertThat(reported(findings, G_TRAINING)).isEmpty();
    }

    // --- G-CONTACTS

    @Test
    void rejectsAMissingDataProtectionOfficer() {
        QuestionnaireText questionnaire = base().withoutLine(DPO);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, G_CONTACTS)).containsExactly("ERROR organisation.contacts.dpo");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, G_CONTACTS)).containsExactly("Le contact du délégué à la protection des données (DPO) "
                + "est absent : ajoutez « dpo » avec un nom et une adresse électronique sous organisation.contacts.");
        assertThat(messages(englishFindingsOf(questionnaire), G_CONTACTS)).containsExactly("The contact of the data "
                + "protection officer (DPO) is missing: add \"dpo\" with a name and an email address under organisation.contacts.");
    }

    @Test
    void rejectsAMissingSecurityOfficer() {
        List<Finding> findings = findingsOf(base().withoutLine(SECURITY_OFFICER));

        assertThat(reported(findings, G_CONTACTS)).containsExactly("ERROR organisation.contacts.security_officer");
        assertThat(messages(findings, G_CONTACTS)).containsExactly("Le contact du responsable de la sécurité des systèmes "
                + "d'information (RSSI) est absent : ajoutez « security_officer » avec un nom et une adresse électronique "
                + "sous organisation.contacts.");
    }

    @Test
    void rejectsAContactWithoutEmail() {
        List<Finding> findings = findingsOf(base().replacing(DPO, "dpo: { name: Hélène Marchand }"));

        assertThat(reported(findings, G_CONTACTS)).containsExactly("ERROR organisation.contacts.dpo.email");
        assertThat(messages(findings, G_CONTACTS)).containsExactly("L'adresse électronique du contact du délégué à la "
                + "protection des données (DPO) est absente : indiquez-la, le personnel doit pouvoir le joindre.");
    }

    @Test
    void rejectsAContactWithoutName() {
        List<Finding> findings = findingsOf(base().replacing(SECURITY_OFFICER, "security_officer: { email: rssi@ch-valmont.fr }"));

        assertThat(reported(findings, G_CONTACTS)).containsExactly("ERROR organisation.contacts.security_officer.name");
        assertThat(messages(findings, G_CONTACTS)).containsExactly("Le nom du contact du responsable de la sécurité des "
                + "systèmes d'information (RSSI) est absent : indiquez-le.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rssi@ch-valmont", "rssi.ch-valmont.fr", "rssi@@ch-valmont.fr", "rssi @ch-valmont.fr"})
    void rejectsAMalformedEmailOnItsLine(String email) {
        QuestionnaireText questionnaire = base().replacing(SECURITY_OFFICER,
                "security_officer: { name: Marc Olivier, email: \"" + email + "\" }");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, G_CONTACTS)).containsExactly("ERROR organisation.contacts.security_officer.email");
        Finding finding = single(findings, G_CONTACTS);
        assertThat(finding.message()).isEqualTo("L'adresse électronique « " + email + " » du contact du responsable de la "
                + "sécurité des systèmes d'information (RSSI) est mal formée : corrigez-la (par exemple dpo@ch-exemple.fr).");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("security_officer:"));
    }

    @Test
    void acceptsAnOrganisationWithoutAiReferent() {
        assertThat(findingsOf(base().withoutLine(AI_REFERENT))).isEmpty();
    }

    @Test
    void checksTheAiReferentWhenThereIsOne() {
        List<Finding> findings = findingsOf(base().replacing(AI_REFERENT, "ai_referent: { name: Dr Sophie Laurent }"));

        assertThat(reported(findings, G_CONTACTS)).containsExactly("ERROR organisation.contacts.ai_referent.email");
        assertThat(messages(findings, G_CONTACTS)).singleElement().asString().contains("du contact du référent IA");
    }

    @Test
    void acceptsEmailsWithSubdomainsPlusSignsAndApostrophes() {
        List<Finding> findings = findingsOf(base()
                .replacing(DPO, "dpo: { name: Hélène Marchand, email: \"helene.o'neil+dpo@rgpd.ch-valmont.fr\" }")
                .replacing(SECURITY_OFFICER, "security_officer: { name: Marc Olivier, email: \" rssi@ch-valmont.fr \" }"));

        assertThat(reported(findings, G_CONTACTS)).isEmpty();
    }

    // --- G-DATES

    @Test
    void rejectsAReviewDateBeforeTheEffectiveDate() {
        QuestionnaireText questionnaire = base().replacing("review_date: 2028-01-04", "review_date: 2026-12-01");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, G_DATES)).containsExactly("ERROR document.review_date");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, G_DATES);
        assertThat(finding.message()).isEqualTo("La date de révision (2026-12-01) n'est pas postérieure à la date "
                + "d'application (2027-01-04) : corrigez l'une des deux dates.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("review_date:"));
        assertThat(single(englishFindingsOf(questionnaire), G_DATES).message()).isEqualTo("The review date (2026-12-01) is "
                + "not after the effective date (2027-01-04): fix one of the two dates.");
    }

    @Test
    void rejectsAReviewDateEqualToTheEffectiveDate() {
        List<Finding> findings = findingsOf(base().replacing("review_date: 2028-01-04", "review_date: 2027-01-04"));

        assertThat(reported(findings, G_DATES)).containsExactly("ERROR document.review_date");
        assertThat(messages(findings, G_DATES)).containsExactly("La date de révision (2027-01-04) n'est pas postérieure à la "
                + "date d'application (2027-01-04) : corrigez l'une des deux dates.");
    }

    @Test
    void warnsWhenTheHistoryDisagreesWithTheCartouche() {
        // base(): version 1.0, effective 2027-01-04
        QuestionnaireText questionnaire = new QuestionnaireText(base().yaml() + """
                history:
                  - { version: "0.9", date: 2026-11-02, author: Dr Marc Delaunay, changes: Projet soumis à la CME. }
                  - { version: "1.2", date: 2027-03-01, changes: Ajout de Copilot. }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, G_DATES)).containsExactlyInAnyOrder("WARNING history[1].date", "WARNING history[1].version");
        assertThat(messages(findings, G_DATES)).containsExactlyInAnyOrder(
                "La version 1.2 de l'historique est datée du 2027-03-01, après la date d'application du document (2027-01-04) : "
                        + "une version s'écrit avant de s'appliquer ; corrigez l'une des deux dates.",
                "La version la plus récente de l'historique (1.2) n'est pas la version du cartouche (1.0) : ajoutez à "
                        + "l'historique une ligne pour la version 1.0, ou corrigez la version du cartouche.");
        assertThat(messages(englishFindingsOf(questionnaire), G_DATES)).contains("The latest version of the history (1.2) is "
                + "not the version in the header block (1.0): add a history line for version 1.0, or fix the header block's version.");
    }

    @Test
    void aHistoryEndingWithTheCartouchesVersionIsQuiet() {
        List<Finding> findings = findingsOf(new QuestionnaireText(base().yaml() + """
                history:
                  - { version: "1.0", date: 2026-12-15, changes: Création. }
                """));

        assertThat(reported(findings, G_DATES)).isEmpty();
    }

    @Test
    void warnsAboutAReviewMoreThan24MonthsAway() {
        QuestionnaireText questionnaire = base().replacing("review_date: 2028-01-04", "review_date: 2029-01-05");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, G_DATES)).containsExactly("WARNING document.review_date");
        assertThat(messages(findings, G_DATES)).containsExactly("La date de révision (2029-01-05) est à plus de 24 mois de la "
                + "date d'application (2027-01-04) : sur un sujet qui évolue aussi vite, prévoyez une révision au plus tard "
                + "le 2029-01-04.");
        assertThat(messages(englishFindingsOf(questionnaire), G_DATES)).containsExactly("The review date (2029-01-05) is "
                + "more than 24 months after the effective date (2027-01-04): on a subject that moves this fast, plan a "
                + "review by 2029-01-04 at the latest.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-01-05", "2028-01-04", "2029-01-04"})
    void acceptsAReviewAfterTheEffectiveDateWithin24MonthsIncluded(String reviewDate) {
        assertThat(findingsOf(base().replacing("review_date: 2028-01-04", "review_date: " + reviewDate))).isEmpty();
    }

    @Test
    void countsMonthsFromTheEndOfAMonth() {
        List<Finding> findings = findingsOf(base()
                .replacing("effective_date: 2027-01-04", "effective_date: 2028-02-29")
                .replacing("review_date: 2028-01-04", "review_date: 2030-03-01"));

        assertThat(messages(findings, G_DATES)).containsExactly("La date de révision (2030-03-01) est à plus de 24 mois de la "
                + "date d'application (2028-02-29) : sur un sujet qui évolue aussi vite, prévoyez une révision au plus tard "
                + "le 2030-02-28.");
    }

    // --- G-UNUSED

    @Test
    void warnsAboutARoleNoRuleNames() {
        QuestionnaireText questionnaire = givenNoWildcardRole().adding("roles", """
                - { id: interne-cardio, label: Interne de cardiologie, kind: student }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, G_UNUSED)).containsExactly("WARNING roles[3]");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, G_UNUSED);
        assertThat(finding.message()).isEqualTo("Le rôle « Interne de cardiologie » (interne-cardio) n'apparaît dans aucune "
                + "règle : ajoutez-le à une autorisation ou une interdiction, ou retirez-le.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("id: interne-cardio"));
        assertThat(single(englishFindingsOf(questionnaire), G_UNUSED).message()).isEqualTo("The role \"Interne de "
                + "cardiologie\" (interne-cardio) appears in no rule: add it to an authorisation or a prohibition, or remove it.");
    }

    @Test
    void warnsAboutEveryKindOfDeclarationNoRuleNames() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: generateur-images, name: Générateur d'images, kind: public, hosting: outside_eu, account: professional }
                        """)
                .adding("data", """
                        - { id: imagerie, label: Images d'échographie, kind: health_identifying }
                        """)
                .adding("uses", """
                        - { id: traduction, label: Traduction de documents, kind: translation }
                        """));

        assertThat(reported(findings, G_UNUSED)).containsExactly("WARNING tools[3]", "WARNING data[4]", "WARNING uses[4]");
        assertThat(findings).hasSize(3);
        assertThat(messages(findings, G_UNUSED)).containsExactly(
                "L'outil « Générateur d'images » (generateur-images) n'apparaît dans aucune règle : précisez ce qu'il peut "
                        + "recevoir ou interdisez-le, ou retirez-le.",
                "La catégorie de données « Images d'échographie » (imagerie) n'apparaît dans aucune règle : ajoutez-la à "
                        + "une autorisation ou une interdiction, ou retirez-la.",
                "L'usage « Traduction de documents » (traduction) n'apparaît dans aucune règle : autorisez-le ou "
                        + "interdisez-le, ou retirez-le.");
    }

    @Test
    void countsAWildcardInAnAuthorisedRuleAsNamingEveryItem() {
        // authorised[2] grants veille to roles ["*"]; the added rule grants public data to tools ["*"]
        List<Finding> findings = findingsOf(base()
                .adding("roles", """
                        - { id: interne-cardio, label: Interne de cardiologie, kind: student }
                        """)
                .adding("tools", """
                        - { id: generateur-images, name: Générateur d'images, kind: public, hosting: outside_eu, account: professional }
                        """)
                .adding("authorised", """
                        - { use: veille, roles: [ide], tools: ["*"], data: [public] }
                        """));

        assertThat(findings).isEmpty();
    }

    @Test
    void doesNotCountAWildcardInAForbiddenRuleAsNamingEveryItem() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: generateur-images, name: Générateur d'images, kind: public, hosting: outside_eu, account: professional }
                        """)
                .adding("forbidden", """
                        - { use: veille, tools: ["*"], data: [dossier-patient], reason: La veille ne porte jamais sur un dossier patient. }
                        """));

        assertThat(reported(findings, G_UNUSED)).containsExactly("WARNING tools[3]");
        assertThat(findings).hasSize(1);
    }

    @Test
    void countsAnIdNamedOnlyInAForbiddenRule() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: generateur-images, name: Générateur d'images, kind: public, hosting: outside_eu, account: professional }
                        """)
                .adding("forbidden", """
                        - { tools: [generateur-images], statement: Ne pas produire d'images de patients. }
                        """));

        assertThat(findings).isEmpty();
    }

    // --- given / then helpers

    /** The base questionnaire with authorised[2] naming its roles instead of "*", so an added role is named by nothing. */
    private static QuestionnaireText givenNoWildcardRole() {
        return base().replacing("roles: [\"*\"]", "roles: [cardiologue, ide]");
    }

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
