package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.D_DPIA;
import static fr.charteia.validation.RuleCode.D_HEALTH_HOSTING;
import static fr.charteia.validation.RuleCode.D_PUBLIC_PERSONAL;
import static fr.charteia.validation.RuleCode.D_TRAINING;
import static fr.charteia.validation.RuleCode.D_TRANSFER;
import static fr.charteia.validation.RuleCode.Q_CONTRA;
import static fr.charteia.validation.RuleTestSupport.base;
import static fr.charteia.validation.RuleTestSupport.line;
import static fr.charteia.validation.RuleTestSupport.questionnaire;
import static fr.charteia.validation.RuleTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.validation.RuleTestSupport.QuestionnaireText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One place, one finding: the rules broken by giving a data category to the tools of an authorised
 * rule are reported once, at that data reference, with every reason, the one fix and all codes.
 */
class SamePlaceMergeTest {

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    /** Before the merge: 12 findings (4 errors at the chatbot, 1 at Copilot, 2 contradictions, 4 D-DPIA warnings, …). */
    @Test
    void reportsPatientDataAddedToTheConsumerChatbotsRuleOnce() throws IOException {
        QuestionnaireText questionnaire = questionnaire(Files.readString(Path.of("samples/urgences-adultes.yaml")))
                .replacing("    data: [public]\n", "    data: [public, patient]\n");

        List<Finding> findings = validate(validator, questionnaire, Locale.FRENCH);

        assertThat(findings).extracting(f -> f.severity() + " " + f.codes() + " " + f.path()).containsExactly(
                "ERROR [D-PUBLIC-PERSONAL, D-HEALTH-HOSTING, D-TRAINING, D-TRANSFER, D-DPIA, Q-CONTRA] authorised[6].data[1]",
                "WARNING [C-ROLE] authorised[1].roles[0]");
        Finding merged = findings.get(0);
        assertThat(merged.code()).isEqualTo(D_PUBLIC_PERSONAL);
        assertThat(line(merged)).isEqualTo(questionnaire.lineOf("    data: [public, patient]"));
        assertThat(merged.message()).isEqualTo("Cette règle ne peut pas confier des données de santé identifiantes "
                + "(« Données de santé identifiantes des patients », patient) aux outils qu'elle nomme. "
                + "Pour « Chatbots grand public (ChatGPT, Gemini, Le Chat…) utilisés sans compte » (chatbot-public) : "
                + "c'est un outil grand public, qui ne doit recevoir aucune donnée personnelle ; il est hébergé en un lieu "
                + "inconnu, alors que les données de santé ne vont qu'à un outil hébergé par l'établissement ou chez un "
                + "hébergeur HDS ; il peut réutiliser ce qu'on lui confie pour entraîner ses modèles (réutilisation non "
                + "exclue par le fournisseur) ; les données de santé pourraient sortir de l'Union européenne ; son analyse "
                + "d'impact (AIPD) n'est pas indiquée comme réalisée (jugée non requise) ; l'information des patients sur ce "
                + "traitement n'est pas indiquée ; son inscription au registre des activités de traitement n'est pas "
                + "indiquée ; l'interdiction forbidden[1] l'exclut déjà. "
                + "Pour « Microsoft 365 Copilot (licence établissement, compte professionnel) » (copilot) : il est hébergé "
                + "dans l'Union européenne, hors HDS, alors que les données de santé ne vont qu'à un outil hébergé par "
                + "l'établissement ou chez un hébergeur HDS ; l'information des patients sur ce traitement n'est pas "
                + "indiquée ; l'interdiction forbidden[2] l'exclut déjà. "
                + "Retirez « patient » de cette règle.");

        List<Finding> english = validate(validator, questionnaire, Locale.ENGLISH);
        assertThat(english).extracting(f -> f.severity() + " " + f.codes() + " " + f.path())
                .isEqualTo(findings.stream().map(f -> f.severity() + " " + f.codes() + " " + f.path()).toList());
        assertThat(english.get(0).message()).startsWith("This rule cannot give identifying health data (\"Données de santé "
                + "identifiantes des patients\", patient) to the tools it names. For \"Chatbots grand public (ChatGPT, "
                + "Gemini, Le Chat…) utilisés sans compte\" (chatbot-public): it is a consumer tool, which must not receive "
                + "any personal data; it is hosted in an unknown place,").endsWith("; prohibition forbidden[2] already rules "
                + "it out. Remove \"patient\" from this rule.");
    }

    @Test
    void namesTheToolInTheLeadSentenceWhenTheRuleHasOne() {
        QuestionnaireText questionnaire = base().adding("authorised", """
                - use: veille
                  roles: [cardiologue]
                  tools: [copilot]
                  data: [dossier-patient, public]
                """).replacing("    hosting: eu\n", "    hosting: outside_eu\n");

        List<Finding> findings = validate(validator, questionnaire, Locale.FRENCH);

        assertThat(findings).extracting(f -> f.severity() + " " + f.codes() + " " + f.path())
                .contains("ERROR [D-HEALTH-HOSTING, D-TRANSFER] authorised[4].data[0]");
        Finding merged = findings.stream().filter(f -> f.path().equals("authorised[4].data[0]")).findFirst().orElseThrow();
        assertThat(merged.message()).isEqualTo("Cette règle ne peut pas confier des données de santé identifiantes "
                + "(« Données patient identifiantes », dossier-patient) à « Assistant bureautique (licence établissement) » "
                + "(copilot) : il est hébergé hors de l'Union européenne, alors que les données de santé ne vont qu'à un "
                + "outil hébergé par l'établissement ou chez un hébergeur HDS ; les données de santé pourraient sortir de "
                + "l'Union européenne. Retirez « dossier-patient » de cette règle.");
        assertThat(line(merged)).isEqualTo(questionnaire.lineOf("data: [dossier-patient, public]"));
    }

    @Test
    void leavesFindingsThroughAWildcardApartSinceRemovingItIsNotTheFix() {
        // "*" names every category: removing it would take away the public data too, so each rule speaks alone
        QuestionnaireText questionnaire = base().adding("authorised", """
                - use: veille
                  roles: [cardiologue]
                  tools: [chatbot-public]
                  data: ["*"]
                """);

        List<Finding> findings = validate(validator, questionnaire, Locale.FRENCH);

        assertThat(findings).allMatch(f -> f.codes().size() == 1);
        assertThat(findings).extracting(Finding::code).contains(D_PUBLIC_PERSONAL, D_HEALTH_HOSTING, D_TRAINING, D_TRANSFER,
                Q_CONTRA);
    }

    @Test
    void keepsTheFormalitiesOfAToolThatMayReceiveTheDataApart() {
        // the warehouse is on premise and may receive patient data: its missing DPIA is its own finding
        QuestionnaireText questionnaire = base().adding("tools", """
                - { id: entrepot, name: Entrepôt de données, kind: institutional, hosting: on_premise, contract: true, trains_on_inputs: false, record: true, patient_notice: true }
                """).adding("authorised", """
                - use: veille
                  roles: [cardiologue]
                  tools: [chatbot-public, entrepot]
                  data: [dossier-patient]
                """);

        List<Finding> findings = validate(validator, questionnaire, Locale.FRENCH);

        assertThat(findings).extracting(f -> f.severity() + " " + f.codes() + " " + f.path()).containsExactly(
                "ERROR [D-PUBLIC-PERSONAL, D-HEALTH-HOSTING, D-TRAINING, D-TRANSFER, D-DPIA, Q-CONTRA] authorised[4].data[0]",
                "WARNING [D-DPIA] tools[3].dpia");
        assertThat(findings.get(0).message()).doesNotContain("(entrepot)");
    }

    @Test
    void keepsAFindingAloneAtItsPlaceAsTheRuleWroteIt() {
        QuestionnaireText questionnaire = base().adding("authorised", """
                - use: veille
                  roles: [cardiologue]
                  tools: [copilot]
                  data: [dossier-patient]
                """);

        List<Finding> findings = validate(validator, questionnaire, Locale.FRENCH);

        assertThat(findings).extracting(f -> f.severity() + " " + f.codes() + " " + f.path())
                .containsExactly("ERROR [D-HEALTH-HOSTING] authorised[4].tools[0]");
        assertThat(findings.get(0).message()).startsWith("L'outil « Assistant bureautique (licence établissement) » "
                + "(copilot), hébergé dans l'Union européenne, hors HDS, est autorisé pour des données de santé");
        assertThat(findings.get(0).codes()).containsExactly(D_HEALTH_HOSTING);
        assertThat(D_DPIA).isNotIn(findings.get(0).codes());
    }
}
