package fr.charteia.validation;

import static fr.charteia.validation.RuleTestSupport.base;
import static fr.charteia.validation.RuleTestSupport.line;
import static fr.charteia.validation.RuleTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.validation.RuleTestSupport.QuestionnaireText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One cause, one message: a misspelt key whose suggestion names a key the mapping lacks is reported
 * once, with the suggestion; what only follows from that key being absent (references to tools that
 * seem undeclared, items that seem unused, defaults taken in place of the misspelt answer) is not.
 */
class MisspeltKeyTest {

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    /** Without suppression: 9 Q-REF (every reference to a tool) and G-UNUSED would follow. */
    @Test
    void reportsAMisspeltToolsListOnceWithItsSuggestion() {
        QuestionnaireText questionnaire = base().replacing("\ntools:\n", "\ntols:\n");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(findings).extracting(f -> f.codes() + " " + f.path()).containsExactly("[Q-SCHEMA] tols");
        assertThat(findings.get(0).message()).isEqualTo("Clé inconnue « tols » : vouliez-vous dire « tools » ? Corrigez "
                + "l'orthographe (les clés sont en anglais, en minuscules avec des tirets bas).");
        assertThat(line(findings.get(0))).isEqualTo(questionnaire.lineOf("tols:"));
        assertThat(validate(validator, questionnaire, Locale.ENGLISH)).extracting(Finding::message).containsExactly(
                "Unknown key \"tols\": did you mean \"tools\"? Fix the spelling (keys are English, lowercase with underscores).");
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource({"datas, data", "authorized, authorised", "usses, uses", "role, roles", "trainig, training"})
    void reportsAMisspeltTopLevelListOnce(String written, String meant) {
        QuestionnaireText questionnaire = base().replacing("\n" + meant + ":\n", "\n" + written + ":\n");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(findings).extracting(f -> f.codes() + " " + f.path()).containsExactly("[Q-SCHEMA] " + written);
        assertThat(findings.get(0).message()).isEqualTo("Clé inconnue « " + written + " » : vouliez-vous dire « " + meant
                + " » ? Corrigez l'orthographe (les clés sont en anglais, en minuscules avec des tirets bas).");
    }

    /**
     * Inside a tool that receives identifying health data (dictee, tools[2]) and an authorised rule of
     * clinical use (authorised[1]): each misspelt key would otherwise leave a default that breaks a rule.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // Q-SCHEMA "ce champ obligatoire est absent" at tools[2].hosting
            "hosting: on_premise                                           | hostng: on_premise                | tools[2].hostng           | hosting",
            // D-HEALTH-HOSTING: no contract
            "hosting: on_premise\\n    contract: true                       | hosting: on_premise\\n    contrat: true | tools[2].contrat | contract",
            // D-TRAINING: trains_on_inputs left to unknown
            "on_premise\\n    contract: true\\n    trains_on_inputs: false  | on_premise\\n    contract: true\\n    trains_on_input: false | tools[2].trains_on_input | trains_on_inputs",
            // C-HUMAN: human_validation left to false on a clinical use
            "data: [dossier-patient]\\n    human_validation: true          | data: [dossier-patient]\\n    human_validaton: true | authorised[1].human_validaton | human_validation"})
    void reportsAMisspeltKeyInsideAnItemOnce(String fragment, String replacement, String path, String meant) {
        QuestionnaireText questionnaire = base().replacing(unescape(fragment), unescape(replacement));

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(findings).extracting(f -> f.codes() + " " + f.path()).containsExactly("[Q-SCHEMA] " + path);
        assertThat(findings.get(0).message()).contains("vouliez-vous dire « " + meant + " » ?");
    }

    @Test
    void stillReportsWhatTheMisspeltKeyDoesNotExplain() {
        QuestionnaireText questionnaire = base().replacing("\ntools:\n", "\ntols:\n")
                .replacing("roles: [cardiologue, ide]", "roles: [cardiologue, infirmier]")
                .replacing("review_date: 2028-01-04", "review_date: 2026-01-04");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(findings).extracting(f -> f.severity() + " " + f.codes() + " " + f.path()).containsExactly(
                "ERROR [G-DATES] document.review_date",
                "ERROR [Q-SCHEMA] tols",
                "ERROR [Q-REF] authorised[1].roles[1]");
        assertThat(findings.get(2).message()).isEqualTo("Le rôle « infirmier » n'est pas déclaré dans « roles » (rôles "
                + "déclarés : cardiologue, ide, secretaire). Déclarez-le ou corrigez l'identifiant.");
    }

    @Test
    void keepsTheConsequencesWhenTheSuggestedKeyIsAlsoWritten() {
        // « tool: » beside « tools: » in an authorised rule is a stray key, not a misspelt list
        QuestionnaireText questionnaire = base().replacing("    tools: [dictee]\n", "    tools: [dictee]\n    tool: [inconnu]\n")
                .replacing("roles: [cardiologue, ide]", "roles: [cardiologue, infirmier]");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(findings).extracting(f -> f.codes() + " " + f.path()).containsExactly(
                "[Q-REF] authorised[1].roles[1]", "[Q-SCHEMA] authorised[1].tool");
    }

    @Test
    void dropsWhatFollowsFromAMisspeltListInsideARule() {
        // without « roles », the prohibition would forbid its tools and data to every role, and contradict authorised[2]
        QuestionnaireText questionnaire = base().adding("forbidden", """
                - rols: [secretaire]
                  tools: [copilot]
                  data: [public]
                  reason: Les secrétaires ne font pas de veille.
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(findings).extracting(f -> f.codes() + " " + f.path()).containsExactly("[Q-SCHEMA] forbidden[2].rols");
    }

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    /** CSV cells hold line breaks as {@code \n}. */
    private static String unescape(String cell) {
        return cell.replace("\\n", "\n");
    }
}
