package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.D_ACCOUNT;
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

/** D-ACCOUNT: no professional work on a personal account, and the account of a public tool is stated. */
class ToolAccountRuleTest {

    /** The public chatbot of base.yaml (tools[0], authorised for public data by authorised[2]) and its account. */
    private static final String CHATBOT_ACCOUNT = "trains_on_inputs: true\n    ce_marked: false\n    account: professional\n";

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    @Test
    void rejectsAnAuthorisedToolUsedWithAPersonalAccount() {
        QuestionnaireText questionnaire = givenChatbotAccount("    account: personal\n");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_ACCOUNT)).containsExactly("ERROR tools[0].account");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, D_ACCOUNT);
        assertThat(finding.message()).isEqualTo("L'outil « Agent conversationnel grand public (version gratuite) » "
                + "(chatbot-public) est autorisé alors qu'il s'utilise avec un compte personnel (account: personal) : aucun "
                + "travail professionnel ne se fait sur un compte personnel (la CNIL recommande des comptes professionnels "
                + "dédiés, questions-réponses du 18 juillet 2024). Faites ouvrir des comptes professionnels par "
                + "l'établissement et indiquez account: professional, ou retirez « chatbot-public » des autorisations.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("account: personal"));
        assertThat(single(englishFindingsOf(questionnaire), D_ACCOUNT).message()).isEqualTo("The tool \"Agent "
                + "conversationnel grand public (version gratuite)\" (chatbot-public) is authorised although it is used "
                + "with a personal account (account: personal): no professional work is done on a personal account (the "
                + "CNIL recommends dedicated professional accounts, Q&A of 18 July 2024). Have the institution open "
                + "professional accounts and write account: professional, or remove \"chatbot-public\" from the "
                + "authorisations.");
    }

    @Test
    void reportsAPersonalAccountOnceHoweverManyRulesAuthoriseTheTool() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: redacteur, name: Assistant de rédaction, kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false, account: personal }
                        """)
                .adding("authorised", """
                        - { use: courriers, roles: [secretaire], tools: [redacteur], data: [interne], human_validation: true }
                        - { use: veille, roles: [ide], tools: [copilot, redacteur], data: [public] }
                        """));

        assertThat(reported(findings, D_ACCOUNT)).containsExactly("ERROR tools[3].account");
        assertThat(findings).hasSize(1);
    }

    @Test
    void countsAToolNamedThroughTheWildcardAsAuthorised() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: redacteur, name: Assistant de rédaction, kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false, account: personal }
                        """)
                .adding("authorised", """
                        - { use: veille, roles: [ide], tools: ["*"], data: [public] }
                        """));

        assertThat(reported(findings, D_ACCOUNT)).containsExactly("ERROR tools[3].account");
    }

    @Test
    void acceptsAPersonalAccountOnAToolThatIsOnlyForbidden() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: chatbot-perso, name: Agent conversationnel sur compte personnel, kind: public, hosting: outside_eu, account: personal }
                        """)
                .adding("forbidden", """
                        - { tools: [chatbot-perso], reason: Un compte personnel ne sert jamais au travail. }
                        """));

        assertThat(findings).isEmpty();
    }

    @Test
    void warnsAboutAnAuthorisedPublicToolWhoseAccountIsNotStated() {
        QuestionnaireText questionnaire = givenChatbotAccount("");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, D_ACCOUNT)).containsExactly("WARNING tools[0].account");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, D_ACCOUNT);
        assertThat(finding.message()).isEqualTo("L'outil grand public « Agent conversationnel grand public (version "
                + "gratuite) » (chatbot-public) est autorisé sans que le compte utilisé soit précisé : indiquez account: "
                + "professional (comptes professionnels dédiés, réutilisation des données par le fournisseur désactivée, "
                + "comme le recommande la CNIL), none (utilisé sans compte) ou personal (compte personnel, interdit pour un "
                + "usage professionnel).");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("- id: chatbot-public"));
        assertThat(messages(englishFindingsOf(questionnaire), D_ACCOUNT)).containsExactly("The consumer tool \"Agent "
                + "conversationnel grand public (version gratuite)\" (chatbot-public) is authorised but the account it is "
                + "used with is not stated: write account: professional (dedicated professional accounts, the provider's "
                + "reuse of data switched off, as the CNIL recommends), none (used without an account) or personal (a "
                + "personal account, forbidden for professional use).");
    }

    @ParameterizedTest(name = "account: {0}")
    @ValueSource(strings = {"professional", "none"})
    void acceptsAPublicToolWithAProfessionalAccountOrNone(String account) {
        assertThat(findingsOf(givenChatbotAccount("    account: " + account + "\n"))).isEmpty();
    }

    @ParameterizedTest(name = "kind {0} → reported: {1}")
    @CsvSource({"public, true", "enterprise, false", "institutional, false", "medical_device, false"})
    void asksForTheAccountOfPublicToolsOnly(String kind, boolean reported) {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: redacteur, name: Assistant de rédaction, kind: %s, hosting: eu, contract: true, trains_on_inputs: false }
                        """.formatted(kind))
                .adding("authorised", """
                        - { use: veille, roles: [ide], tools: [redacteur], data: [public] }
                        """));

        assertThat(reported(findings, D_ACCOUNT)).isEqualTo(reported ? List.of("WARNING tools[3].account") : List.of());
    }

    @Test
    void asksNothingOfAPublicToolNoRuleAuthorises() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: generateur-images, name: Générateur d'images, kind: public, hosting: outside_eu }
                        """)
                .adding("forbidden", """
                        - { tools: [generateur-images], statement: Ne pas produire d'images de patients. }
                        """));

        assertThat(findings).isEmpty();
    }

    // --- given / then helpers

    /** The base questionnaire with the public chatbot's account line replaced (empty: left out). */
    private static QuestionnaireText givenChatbotAccount(String accountLine) {
        return base().replacing(CHATBOT_ACCOUNT, "trains_on_inputs: true\n    ce_marked: false\n" + accountLine);
    }

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
