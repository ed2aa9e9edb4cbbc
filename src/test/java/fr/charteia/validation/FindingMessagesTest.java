package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.C_ROLE;
import static fr.charteia.validation.RuleCode.D_PUBLIC_PERSONAL;
import static fr.charteia.validation.RuleCode.G_UNUSED;
import static fr.charteia.validation.RuleCode.Q_REF;
import static fr.charteia.validation.RuleCode.Q_SCHEMA;
import static fr.charteia.validation.RuleTestSupport.base;
import static fr.charteia.validation.RuleTestSupport.messages;
import static fr.charteia.validation.RuleTestSupport.questionnaire;
import static fr.charteia.validation.RuleTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.validation.RuleTestSupport.QuestionnaireText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every finding carries, whatever the rule: a message in the language asked for, whatever
 * the JVM's default locale (this whole class runs under a German one); the user's own words
 * printed as written, never interpreted; the line of the offending value.
 */
class FindingMessagesTest {

    /** Placeholder, expression-language and format syntax that must reach the message untouched. */
    private static final String TOOL_NAME = "Outil {Q-SCHEMA.required} {toolId} ${1+1} \\ $ %s";
    private static final String ROLE_LABEL = "Rôle {Q-SCHEMA.required} {roleKind} ${1+1} \\ $ %s $1";

    private static Locale defaultLocale;
    private static QuestionnaireValidator validator;

    @BeforeAll
    static void startValidatorUnderAGermanDefaultLocale() {
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        validator = new QuestionnaireValidator();
    }

    @AfterAll
    static void closeValidatorAndRestoreTheDefaultLocale() {
        validator.close();
        Locale.setDefault(defaultLocale);
    }

    @Test
    void speaksFrenchWhenAskedForFrenchUnderAGermanDefaultLocale() {
        assertThat(Locale.getDefault()).isEqualTo(Locale.GERMANY);

        assertThat(described(validate(validator, severalProblems(), Locale.FRENCH))).containsExactly(
                "G-CONTACTS organisation.contacts.dpo: Le contact du délégué à la protection des données (DPO) est absent : "
                        + "ajoutez « dpo » avec un nom et une adresse électronique sous organisation.contacts.",
                "Q-SCHEMA roles[1].kind: Valeur « nurse » non reconnue : les valeurs permises sont medical, care, "
                        + "administrative, management, technical, student.",
                "Q-SCHEMA tools[3].id: « Outil_IA » n'est pas un identifiant valide : utilisez des minuscules sans accent, "
                        + "des chiffres et des tirets, en commençant par une lettre ou un chiffre (par exemple « chat-public »).",
                "G-DATES document.review_date: La date de révision (2029-01-05) est à plus de 24 mois de la date "
                        + "d'application (2027-01-04) : sur un sujet qui évolue aussi vite, prévoyez une révision au plus tard "
                        + "le 2029-01-04.",
                "G-UNUSED tools[3]: L'outil « Assistant de rédaction » (Outil_IA) n'apparaît dans aucune règle : précisez ce "
                        + "qu'il peut recevoir ou interdisez-le, ou retirez-le.");
    }

    @Test
    void speaksEnglishWhenAskedForEnglishUnderAGermanDefaultLocale() {
        assertThat(Locale.getDefault()).isEqualTo(Locale.GERMANY);

        assertThat(described(validate(validator, severalProblems(), Locale.ENGLISH))).containsExactly(
                "G-CONTACTS organisation.contacts.dpo: The contact of the data protection officer (DPO) is missing: add "
                        + "\"dpo\" with a name and an email address under organisation.contacts.",
                "Q-SCHEMA roles[1].kind: Unrecognised value \"nurse\": the allowed values are medical, care, administrative, "
                        + "management, technical, student.",
                "Q-SCHEMA tools[3].id: \"Outil_IA\" is not a valid id: use lowercase letters without accents, digits and "
                        + "hyphens, starting with a letter or a digit (for example \"chat-public\").",
                "G-DATES document.review_date: The review date (2029-01-05) is more than 24 months after the effective date "
                        + "(2027-01-04): on a subject that moves this fast, plan a review by 2029-01-04 at the latest.",
                "G-UNUSED tools[3]: The tool \"Assistant de rédaction\" (Outil_IA) appears in no rule: say what it may "
                        + "receive or forbid it, or remove it.");
    }

    @Test
    void answersRegionalVariantsInTheirLanguage() {
        QuestionnaireText questionnaire = severalProblems();
        List<Finding> french = validate(validator, questionnaire, Locale.FRENCH);
        List<Finding> english = validate(validator, questionnaire, Locale.ENGLISH);

        assertThat(validate(validator, questionnaire, Locale.FRANCE)).isEqualTo(french);
        assertThat(validate(validator, questionnaire, Locale.CANADA_FRENCH)).isEqualTo(french);
        assertThat(validate(validator, questionnaire, Locale.UK)).isEqualTo(english);
        assertThat(validate(validator, questionnaire, Locale.US)).isEqualTo(english);
        assertThat(english).isNotEqualTo(french);
    }

    @Test
    void fallsBackToFrenchForALanguageWithoutMessages() {
        QuestionnaireText questionnaire = severalProblems();

        assertThat(validate(validator, questionnaire, Locale.GERMAN))
                .isEqualTo(validate(validator, questionnaire, Locale.FRENCH));
    }

    @Test
    void printsToolNamesAndRoleLabelsAsWritten() {
        List<Finding> findings = validate(validator, withTrickyNames(), Locale.FRENCH);

        assertThat(messages(findings, D_PUBLIC_PERSONAL)).containsExactly("L'outil « " + TOOL_NAME + " » (outil-piege) est "
                + "autorisé pour des données personnelles (personnel) : un outil grand public ne doit recevoir aucune donnée "
                + "personnelle. Retirez « personnel » de cette règle ou choisissez un outil hébergé par l'établissement ou "
                + "chez un hébergeur HDS.");
        assertThat(messages(findings, C_ROLE)).containsExactly("L'usage clinique « Mise en forme des comptes rendus de "
                + "consultation » (comptes-rendus) est autorisé pour « " + ROLE_LABEL + " » (piege), étudiant ou stagiaire : "
                + "la charte précisera qu'il s'exerce sous la supervision d'un professionnel de santé. Vérifiez que c'est "
                + "voulu, sinon retirez « piege » de cette règle.");
        assertThat(messages(findings, G_UNUSED)).containsExactly("L'outil « " + TOOL_NAME + " » (outil-oublie) n'apparaît "
                + "dans aucune règle : précisez ce qu'il peut recevoir ou interdisez-le, ou retirez-le.");
    }

    @Test
    void printsToolNamesAndRoleLabelsAsWrittenInEnglishToo() {
        List<Finding> findings = validate(validator, withTrickyNames(), Locale.ENGLISH);

        assertThat(messages(findings, D_PUBLIC_PERSONAL)).singleElement().asString()
                .startsWith("The tool \"" + TOOL_NAME + "\" (outil-piege) is authorised for personal data (personnel):");
        assertThat(messages(findings, C_ROLE)).singleElement().asString()
                .contains("is authorised for \"" + ROLE_LABEL + "\" (piege), a student or trainee:");
        assertThat(messages(findings, G_UNUSED)).containsExactly("The tool \"" + TOOL_NAME + "\" (outil-oublie) appears in "
                + "no rule: say what it may receive or forbid it, or remove it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${1+1}", "{Q-SCHEMA.required}", "#{1+1}", "a\\b$c%s"})
    void printsAMalformedIdAsWritten(String id) {
        List<Finding> findings = validate(validator, base().adding("data", """
                - { id: '%s', label: Données de test, kind: public }
                """.formatted(id)), Locale.FRENCH);

        assertThat(messages(findings, Q_SCHEMA)).containsExactly("« " + id + " » n'est pas un identifiant valide : utilisez "
                + "des minuscules sans accent, des chiffres et des tirets, en commençant par une lettre ou un chiffre (par "
                + "exemple « chat-public »).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${1+1}", "{Q-SCHEMA.required}", "{known}", "a\\b$c%s"})
    void printsAnUndeclaredReferenceAsWritten(String id) {
        List<Finding> findings = validate(validator, base().replacing("tools: [chatbot-public, copilot]",
                "tools: [chatbot-public, '" + id + "']"), Locale.FRENCH);

        assertThat(messages(findings, Q_REF)).containsExactly("L'outil « " + id + " » n'est pas déclaré dans « tools » (outils "
                + "déclarés : chatbot-public, copilot, dictee). Déclarez-le ou corrigez l'identifiant.");
    }

    @Test
    void pointsAtTheLineOfEachOffendingValue() {
        QuestionnaireText questionnaire = questionnaire("""
                schema: charte-ia/1
                organisation:
                  name: Centre hospitalier de Valmont
                  contacts:
                    dpo: { name: Hélène Marchand, email: dpo@ch-valmont.fr }
                    security_officer: { name: Marc Olivier, email: rssi@ch-valmont }
                service:
                  name: Consultations de cardiologie
                  manager: { name: Isabelle Renaud, title: Cadre de santé }
                document:
                  reference: QUA-IA-CARDIO-001
                  version: "1.0"
                  effective_date: 2027-01-04
                  review_date: 2027-01-04
                  written_by: { name: Isabelle Renaud, title: Cadre de santé }
                  reviewed_by: { name: Dr Paul Mercier, title: Chef de service }
                  approved_by: { name: Anne Dubois, title: Directrice des soins }
                roles:
                  - { id: secretaire, label: Secrétaire médicale, kind: administrative }
                tools:
                  - { id: chatbot, name: Agent conversationnel grand public, kind: public, hosting: outside_eu, trains_on_inputs: true }
                data:
                  - { id: agents, label: Données personnelles des agents, kind: personal }
                uses:
                  - { id: plannings, label: Préparation des plannings, kind: other }
                authorised:
                  - use: plannings
                    roles: [secretaire]
                    tools:
                      - chatbot
                    data: [agents]
                training:
                  - title: Utiliser l'IA générative de manière responsable
                """);

        List<Finding> findings = validate(validator, questionnaire, Locale.FRENCH);

        // the three rules broken by giving « agents » to the chatbot are one finding, at the data reference
        assertThat(findings).extracting(f -> f.severity() + " " + f.codes() + " " + f.path() + " line "
                + f.position().map(p -> p.line()).orElse(0)).containsExactly(
                "ERROR [G-CONTACTS] organisation.contacts.security_officer.email line 6",
                "ERROR [G-DATES] document.review_date line 14",
                "ERROR [D-PUBLIC-PERSONAL, D-TRAINING, D-TRANSFER] authorised[0].data[0] line 31",
                "WARNING [D-ACCOUNT] tools[0].account line 21");
    }

    // --- given / then helpers

    /** Errors and warnings from both the loader and the rules. */
    private static QuestionnaireText severalProblems() {
        return base()
                .withoutLine("dpo: { name: Hélène Marchand, email: dpo@ch-valmont.fr }")
                .replacing("review_date: 2028-01-04", "review_date: 2029-01-05")
                .replacing("label: Infirmier·ère, kind: care }", "label: Infirmier·ère, kind: nurse }")
                .adding("tools", """
                        - { id: Outil_IA, name: Assistant de rédaction, kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false }
                        """);
    }

    /** A public tool and a student role whose names look like message syntax, each in a rule that quotes it. */
    private static QuestionnaireText withTrickyNames() {
        return base()
                .adding("roles", """
                        - { id: piege, label: '%s', kind: student }
                        """.formatted(ROLE_LABEL))
                .adding("tools", """
                        - { id: outil-piege, name: '%1$s', kind: public, hosting: eu, contract: true, trains_on_inputs: false, account: professional }
                        - { id: outil-oublie, name: '%1$s', kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false }
                        """.formatted(TOOL_NAME))
                .adding("authorised", """
                        - { use: plannings, roles: [secretaire], tools: [outil-piege], data: [personnel], human_validation: true }
                        - { use: comptes-rendus, roles: [piege], tools: [dictee], data: [dossier-patient], human_validation: true }
                        """);
    }

    /** Each finding as "CODE path: message", in report order. */
    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.path() + ": " + f.message()).toList();
    }
}
