package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.G_TRAINING;
import static fr.charteia.validation.RuleCode.G_TRAINING_ROLE;
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

/** G-TRAINING-ROLE: every role with an authorised use is covered by a training action (AI Act art. 4). */
class TrainingRoleRuleTest {

    /** The last line of base.yaml's one training action, which names no role (everyone). */
    private static final String TRAINING_DATE = "    date: premier semestre 2027";

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    @Test
    void warnsAboutAnAuthorisedRoleNoTrainingCovers() {
        QuestionnaireText questionnaire = givenTrainingFor("[cardiologue, ide]");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, G_TRAINING_ROLE)).containsExactly("WARNING roles[2]");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, G_TRAINING_ROLE);
        assertThat(finding.message()).isEqualTo("Le rôle « Secrétaire médicale » (secretaire) a des usages autorisés mais "
                + "aucune action de formation ne le concerne (AI Act art. 4, maîtrise de l'IA) : ajoutez « secretaire » aux "
                + "rôles (roles) d'une action de « training », ou prévoyez une action pour tout le service (sans roles).");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("id: secretaire"));
        assertThat(messages(englishFindingsOf(questionnaire), G_TRAINING_ROLE)).containsExactly("The role \"Secrétaire "
                + "médicale\" (secretaire) has authorised uses but no training action covers it (AI Act art. 4, AI "
                + "literacy): add \"secretaire\" to the roles of a \"training\" action, or plan an action for the whole "
                + "department (without roles).");
    }

    @ParameterizedTest(name = "roles: {0}")
    @ValueSource(strings = {"[\"*\"]", "[]", "[cardiologue, ide, secretaire]", "[secretaire, \"*\"]"})
    void acceptsActionsThatCoverEveryAuthorisedRole(String roles) {
        assertThat(findingsOf(givenTrainingFor(roles))).isEmpty();
    }

    @Test
    void addsUpTheRolesOfSeveralActions() {
        List<Finding> findings = findingsOf(givenTrainingFor("[cardiologue]").adding("training", """
                - { title: Prise en main de l'assistant bureautique, roles: [ide, secretaire] }
                """));

        assertThat(findings).isEmpty();
    }

    @Test
    void countsARoleAuthorisedThroughTheWildcard() {
        // authorised[2] grants veille to roles ["*"]
        List<Finding> findings = findingsOf(givenTrainingFor("[cardiologue, ide, secretaire]").adding("roles", """
                - { id: externe, label: Étudiant·e hospitalier·ère, kind: student }
                """));

        assertThat(reported(findings, G_TRAINING_ROLE)).containsExactly("WARNING roles[3]");
        assertThat(findings).hasSize(1);
    }

    @Test
    void asksNoTrainingForARoleWithoutAuthorisedUse() {
        List<Finding> findings = findingsOf(givenTrainingFor("[cardiologue, ide, secretaire]")
                .replacing("roles: [\"*\"]", "roles: [cardiologue, ide]")
                .adding("roles", """
                        - { id: accueil, label: Agent d'accueil, kind: administrative }
                        """)
                .adding("forbidden", """
                        - { roles: [accueil], tools: [chatbot-public], reason: L'accueil n'utilise pas d'outil d'IA. }
                        """));

        assertThat(findings).isEmpty();
    }

    @Test
    void leavesAnEmptyTrainingListToRuleGTraining() {
        List<Finding> findings = findingsOf(base().withoutSection("training"));

        assertThat(reported(findings, G_TRAINING_ROLE)).isEmpty();
        assertThat(reported(findings, G_TRAINING)).containsExactly("WARNING training");
    }

    // --- given / then helpers

    /** The base questionnaire whose one training action is for these roles (a YAML flow list). */
    private static QuestionnaireText givenTrainingFor(String roles) {
        return base().replacing(TRAINING_DATE, TRAINING_DATE + "\n    roles: " + roles);
    }

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
