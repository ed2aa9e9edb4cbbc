package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.Q_CONTRA;
import static fr.charteia.validation.RuleCode.Q_DUPLICATE;
import static fr.charteia.validation.RuleCode.Q_EMPTY;
import static fr.charteia.validation.RuleCode.Q_REF;
import static fr.charteia.validation.RuleTestSupport.at;
import static fr.charteia.validation.RuleTestSupport.base;
import static fr.charteia.validation.RuleTestSupport.involving;
import static fr.charteia.validation.RuleTestSupport.line;
import static fr.charteia.validation.RuleTestSupport.messages;
import static fr.charteia.validation.RuleTestSupport.reported;
import static fr.charteia.validation.RuleTestSupport.single;
import static fr.charteia.validation.RuleTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import fr.charteia.validation.RuleTestSupport.QuestionnaireText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Q-DUPLICATE, Q-REF, Q-CONTRA and Q-EMPTY: the references between the lists of a questionnaire. */
class ReferenceRulesTest {

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    // --- Q-DUPLICATE

    @Test
    void reportsTheLaterOfTwoRolesSharingAnId() {
        QuestionnaireText questionnaire = base().adding("roles", """
                - { id: ide, label: Infirmier de pratique avancée, kind: care }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, Q_DUPLICATE)).containsExactly("ERROR roles[3].id");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, Q_DUPLICATE);
        assertThat(finding.message()).isEqualTo("L'identifiant « ide » est déjà utilisé par roles[1] : chaque élément de "
                + "« roles » doit avoir un identifiant unique. Renommez l'un des deux.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("id: ide, label: Infirmier de pratique avancée"));
        assertThat(single(englishFindingsOf(questionnaire), Q_DUPLICATE).message()).isEqualTo(
                "The id \"ide\" is already used by roles[1]: every item of \"roles\" needs its own id. Rename one of them.");
    }

    static Stream<Arguments> duplicatedIds() {
        return Stream.of(
                arguments("tools", "- { id: copilot, name: Autre assistant, kind: enterprise, hosting: eu, contract: true, "
                        + "trains_on_inputs: false }", "copilot", "tools[3].id", "tools[1]"),
                arguments("data", "- { id: interne, label: Notes de service, kind: internal }", "interne", "data[4].id",
                        "data[2]"),
                arguments("uses", "- { id: veille, label: Veille réglementaire, kind: research }", "veille", "uses[4].id",
                        "uses[2]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicatedIds")
    void reportsADuplicateIdInEveryDeclaredList(String list, String item, String id, String path, String first) {
        List<Finding> findings = findingsOf(base().adding(list, item));

        assertThat(reported(findings, Q_DUPLICATE)).containsExactly("ERROR " + path);
        assertThat(messages(findings, Q_DUPLICATE)).containsExactly("L'identifiant « " + id + " » est déjà utilisé par "
                + first + " : chaque élément de « " + list + " » doit avoir un identifiant unique. Renommez l'un des deux.");
    }

    @Test
    void acceptsTheSameIdInTwoDifferentLists() {
        List<Finding> findings = findingsOf(base().adding("roles", """
                - { id: veille, label: Documentaliste, kind: technical }
                """));

        assertThat(findings).isEmpty();
    }

    // --- Q-REF

    @Test
    void reportsEveryUndeclaredIdOfAnAuthorisedRule() {
        QuestionnaireText questionnaire = base().adding("authorised", """
                - use: dictionnaire
                  roles: [ide, aide-soignant]
                  tools: [copilot, traducteur]
                  data: [public, images]
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, Q_REF)).containsExactly("ERROR authorised[4].use", "ERROR authorised[4].roles[1]",
                "ERROR authorised[4].tools[1]", "ERROR authorised[4].data[1]");
        assertThat(messages(findings, Q_REF)).containsExactly(
                "L'usage « dictionnaire » n'est pas déclaré dans « uses » (usages déclarés : comptes-rendus, courriers, "
                        + "plannings, veille). Déclarez-le ou corrigez l'identifiant.",
                "Le rôle « aide-soignant » n'est pas déclaré dans « roles » (rôles déclarés : cardiologue, ide, secretaire). "
                        + "Déclarez-le ou corrigez l'identifiant.",
                "L'outil « traducteur » n'est pas déclaré dans « tools » (outils déclarés : chatbot-public, copilot, dictee). "
                        + "Déclarez-le ou corrigez l'identifiant.",
                "La catégorie de données « images » n'est pas déclarée dans « data » (catégories déclarées : "
                        + "dossier-patient, interne, personnel, public). Déclarez-la ou corrigez l'identifiant.");
        assertThat(line(at(findings, Q_REF, "authorised[4].tools[1]"))).isEqualTo(questionnaire.lineOf("tools: [copilot, traducteur]"));
        assertThat(messages(englishFindingsOf(questionnaire), Q_REF)).contains(
                "The tool \"traducteur\" is not declared in \"tools\" (declared tools: chatbot-public, copilot, dictee). "
                        + "Declare it or fix the id.");
    }

    @Test
    void reportsAnUndeclaredRoleOfATrainingAction() {
        QuestionnaireText questionnaire = base().replacing("    date: premier semestre 2027",
                "    date: premier semestre 2027\n    roles: [cardiologue, ide, secretaire, infirmier, \"*\"]");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, Q_REF)).containsExactly("ERROR training[0].roles[3]");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, Q_REF)).containsExactly("Le rôle « infirmier » n'est pas déclaré dans « roles » "
                + "(rôles déclarés : cardiologue, ide, secretaire). Déclarez-le ou corrigez l'identifiant.");
        assertThat(line(findings.get(0))).isEqualTo(questionnaire.lineOf("roles: [cardiologue, ide, secretaire, infirmier"));
    }

    @Test
    void reportsEveryUndeclaredIdOfAForbiddenRule() {
        List<Finding> findings = findingsOf(base().adding("forbidden", """
                - use: dictionnaire
                  roles: [aide-soignant]
                  tools: [traducteur]
                  data: [images]
                  reason: Ce service n'est pas prévu.
                """));

        assertThat(reported(findings, Q_REF)).containsExactly("ERROR forbidden[2].use", "ERROR forbidden[2].roles[0]",
                "ERROR forbidden[2].tools[0]", "ERROR forbidden[2].data[0]");
        assertThat(messages(findings, Q_REF)).satisfiesExactly(
                use -> assertThat(use).startsWith("L'usage « dictionnaire » n'est pas déclaré"),
                role -> assertThat(role).startsWith("Le rôle « aide-soignant » n'est pas déclaré"),
                tool -> assertThat(tool).startsWith("L'outil « traducteur » n'est pas déclaré"),
                data -> assertThat(data).startsWith("La catégorie de données « images » n'est pas déclarée"));
    }

    @Test
    void acceptsTheWildcardInEveryReferenceOfAForbiddenRule() {
        List<Finding> findings = findingsOf(base().adding("forbidden", """
                - use: "*"
                  roles: ["*"]
                  tools: [chatbot-public]
                  data: [dossier-patient]
                  reason: Aucune donnée patient dans un outil grand public.
                """));

        assertThat(findings).isEmpty();
    }

    @Test
    void refusesAWildcardUseInAnAuthorisation() {
        List<Finding> findings = findingsOf(base().adding("authorised", """
                - { use: "*", roles: [ide], tools: [dictee], data: [dossier-patient] }
                """));

        assertThat(reported(findings, Q_REF)).containsExactly("ERROR authorised[4].use");
        assertThat(findings).filteredOn(f -> f.code() == Q_REF).extracting(Finding::message).singleElement().asString()
                .startsWith("Une autorisation porte sur un usage nommé, pas sur « * » (tous les usages) : indiquez "
                        + "l'identifiant d'un usage déclaré (");
    }

    // --- Q-CONTRA

    @Test
    void reportsAnAuthorisationThatAFullyNamedProhibitionAlsoCovers() {
        QuestionnaireText questionnaire = base().adding("forbidden", """
                - use: courriers
                  roles: [cardiologue]
                  tools: [copilot]
                  data: [public]
                  reason: Les courriers des cardiologues passent par la dictée.
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, Q_CONTRA)).containsExactly("ERROR authorised[0]");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, Q_CONTRA);
        assertThat(finding.message()).isEqualTo("Cette autorisation contredit l'interdiction forbidden[2] : l'usage "
                + "« Rédaction de courriers administratifs » (courriers) par « Cardiologue » (cardiologue) avec "
                + "« Assistant bureautique (licence établissement) » (copilot) et « Informations publiques » (public) "
                + "serait à la fois autorisé et interdit. Restreignez l'autorisation ou l'interdiction pour qu'elles ne se "
                + "recouvrent plus.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("use: courriers\n    roles: [secretaire, cardiologue]"));
        assertThat(single(englishFindingsOf(questionnaire), Q_CONTRA).message()).isEqualTo("This authorisation contradicts "
                + "prohibition forbidden[2]: the use \"Rédaction de courriers administratifs\" (courriers) by \"Cardiologue\" "
                + "(cardiologue) with \"Assistant bureautique (licence établissement)\" (copilot) and \"Informations publiques\" "
                + "(public) would be both authorised and forbidden. Narrow the authorisation or the prohibition so that they "
                + "no longer overlap.");
    }

    @Test
    void treatsAForbiddenPartLeftOutAsCoveringEverything() {
        // forbidden[0] names tools and data only: every use and every role is forbidden with them
        List<Finding> findings = findingsOf(base().adding("authorised", """
                - use: plannings
                  roles: [secretaire]
                  tools: [chatbot-public]
                  data: [personnel]
                  human_validation: true
                """));

        // the personal data given to the public chatbot also break the data-protection rules: one finding for all
        assertThat(involving(findings, Q_CONTRA)).containsExactly("ERROR authorised[4].data[0]");
        Finding merged = findings.stream().filter(f -> f.codes().contains(Q_CONTRA)).findFirst().orElseThrow();
        assertThat(merged.codes()).containsExactly(RuleCode.D_PUBLIC_PERSONAL, RuleCode.D_TRAINING, RuleCode.D_TRANSFER,
                Q_CONTRA);
        assertThat(merged.message()).endsWith("; l'interdiction forbidden[0] l'exclut déjà. Retirez « personnel » de cette "
                + "règle.");
    }

    @Test
    void treatsAWildcardInAProhibitionAsCoveringEverything() {
        List<Finding> findings = findingsOf(base().adding("forbidden", """
                - use: "*"
                  roles: ["*"]
                  tools: [copilot]
                  data: ["*"]
                  reason: L'assistant bureautique est retiré.
                """));

        assertThat(reported(findings, Q_CONTRA)).containsExactly(
                "ERROR authorised[0]", "ERROR authorised[2]", "ERROR authorised[3]");
        assertThat(messages(findings, Q_CONTRA)).allMatch(m -> m.startsWith("Cette autorisation contredit l'interdiction forbidden[2] : "));
        assertThat(messages(findings, Q_CONTRA).get(1)).contains("« Recherche documentaire et veille scientifique » (veille) "
                + "par « Cardiologue » (cardiologue) avec « Assistant bureautique (licence établissement) » (copilot) et "
                + "« Informations publiques » (public)");
    }

    @Test
    void treatsAWildcardInAnAuthorisationAsCoveringEveryDeclaredItem() {
        // authorised[2] grants veille to roles ["*"]: a prohibition for the nurses alone overlaps it
        List<Finding> findings = findingsOf(base().adding("forbidden", """
                - { use: veille, roles: [ide], tools: [chatbot-public], data: [public], reason: Les infirmiers utilisent l'assistant bureautique. }
                """));

        assertThat(reported(findings, Q_CONTRA)).containsExactly("ERROR authorised[2]");
        assertThat(messages(findings, Q_CONTRA)).singleElement().asString()
                .contains("par « Infirmier·ère » (ide) avec « Agent conversationnel grand public (version gratuite) » (chatbot-public)");
    }

    @Test
    void acceptsAProhibitionThatDiffersFromEveryAuthorisationInOnePart() {
        // same use, role and tool as authorised[2], but data it does not grant
        List<Finding> findings = findingsOf(base().adding("forbidden", """
                - { use: veille, roles: [ide], tools: [copilot], data: [interne], reason: La veille ne porte pas sur les documents internes. }
                """));

        assertThat(findings).isEmpty();
    }

    // --- Q-EMPTY

    @Test
    void reportsACharterWithNeitherAuthorisationNorProhibition() {
        QuestionnaireText questionnaire = base().withoutSection("authorised").withoutSection("forbidden");

        List<Finding> findings = findingsOf(questionnaire);

        Finding finding = single(findings, Q_EMPTY);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.path()).isEqualTo("authorised");
        assertThat(finding.message()).isEqualTo("Aucune autorisation ni interdiction : la charte ne dirait rien. "
                + "Ajoutez au moins une règle dans « authorised » ou « forbidden ».");
        assertThat(single(englishFindingsOf(questionnaire), Q_EMPTY).message()).isEqualTo("No authorisation and no "
                + "prohibition: the charter would say nothing. Add at least one rule under \"authorised\" or \"forbidden\".");
    }

    @Test
    void reportsACharterWhoseRuleListsAreWrittenEmpty() {
        QuestionnaireText questionnaire = base().withoutSection("authorised").withoutSection("forbidden")
                .replacing("practices:\n", "authorised: []\nforbidden: []\npractices:\n");

        assertThat(reported(findingsOf(questionnaire), Q_EMPTY)).containsExactly("ERROR authorised");
    }

    @Test
    void acceptsACharterWithProhibitionsOnly() {
        List<Finding> findings = findingsOf(base().withoutSection("authorised"));

        assertThat(reported(findings, Q_EMPTY)).isEmpty();
    }

    @Test
    void acceptsACharterWithAStatementOnly() {
        List<Finding> findings = findingsOf(base().withoutSection("authorised")
                .withoutLine("- tools: [chatbot-public]")
                .withoutLine("data: [dossier-patient, personnel]")
                .withoutLine("reason: Un outil grand public"));

        assertThat(reported(findings, Q_EMPTY)).isEmpty();
        assertThat(reported(findings, RuleCode.Q_SCHEMA)).isEmpty();
    }

    // --- given / then helpers

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
