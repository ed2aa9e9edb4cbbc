package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.G_PLACEHOLDER;
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

/** G-PLACEHOLDER: no text of the questionnaire still holds the starter's « À COMPLÉTER » marker. */
class PlaceholderRuleTest {

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    @Test
    void rejectsATextStillHoldingTheMarker() {
        QuestionnaireText questionnaire = base().replacing("name: Consultations de cardiologie", "name: Service (À COMPLÉTER)");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, G_PLACEHOLDER)).containsExactly("ERROR service.name");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, G_PLACEHOLDER);
        assertThat(finding.message()).isEqualTo("Ce champ contient encore la mention « À COMPLÉTER » du questionnaire de "
                + "départ (« Service (À COMPLÉTER) ») : remplacez-la par l'information du service, ou supprimez la ligne si "
                + "le champ est facultatif.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("name: Service (À COMPLÉTER)"));
        assertThat(messages(englishFindingsOf(questionnaire), G_PLACEHOLDER)).containsExactly("This field still holds the "
                + "starter's \"À COMPLÉTER\" (to be completed) marker (\"Service (À COMPLÉTER)\"): replace it with the "
                + "department's information, or remove the line if the field is optional.");
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"À COMPLÉTER", "à compléter", "A COMPLETER", "a completer", "À compléter plus tard",
            "A_COMPLETER", "À-COMPLÉTER", "Service À\u00A0COMPLÉTER", "(a  Compléter)", "Service A COMPLÉTER.",
            "A\u0300 COMPLE\u0301TER"})
    void recognisesTheMarkerInAnyCaseWithOrWithoutAccents(String name) {
        List<Finding> findings = findingsOf(base().replacing("name: Consultations de cardiologie", "name: \"" + name + "\""));

        assertThat(reported(findings, G_PLACEHOLDER)).containsExactly("ERROR service.name");
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"Consultations à la demande", "Formulaire à faire compléter", "Voilà compléter",
            "Acompléter", "Compléments alimentaires", "A compléterait"})
    void ignoresTextThatOnlyLooksLikeTheMarker(String name) {
        assertThat(findingsOf(base().replacing("name: Consultations de cardiologie", "name: \"" + name + "\""))).isEmpty();
    }

    @Test
    void reportsEveryFieldStillToFillWithItsPathAndLine() {
        QuestionnaireText questionnaire = base()
                .replacing("dpo: { name: Hélène Marchand,", "dpo: { name: Délégué·e (À COMPLÉTER),")
                .replacing("title: Directeur général", "title: À COMPLÉTER")
                .replacing("unit: Pôle cardio-vasculaire", "unit: Pôle (à compléter)")
                .replacing("written_by: { name: Isabelle Renaud,", "written_by: { name: Prénom Nom (À COMPLÉTER),")
                .replacing("distribution: [Tous les personnels du service]", "distribution: [Direction, À COMPLÉTER]")
                .replacing("parent_reference: DIR-IA-001", "parent_reference: DIR-IA-A-COMPLETER")
                .replacing("short_label: Secrétariat", "short_label: A COMPLETER")
                .replacing("short_name: Assistant bureautique", "short_name: Nom court à compléter")
                .replacing("examples: Comptes rendus de consultation,", "examples: À compléter, comptes rendus de consultation,")
                .replacing("description: À partir de la dictée du cardiologue,", "description: À COMPLÉTER, à partir de la dictée,")
                .replacing("conditions: [Le cardiologue relit et signe chaque compte rendu.]",
                        "conditions: [Le cardiologue relit et signe chaque compte rendu., À COMPLÉTER]")
                .replacing("reason: Un outil grand public", "reason: À COMPLÉTER. Un outil grand public")
                .replacing("reflex: Utiliser l'outil de dictée", "reflex: À COMPLÉTER. Utiliser l'outil de dictée")
                .replacing("  - Ne jamais saisir le nom", "  - À COMPLÉTER\n  - Ne jamais saisir le nom")
                .replacing("procedure: Déclarer tout incident", "procedure: À COMPLÉTER. Déclarer tout incident")
                .replacing("traceability: Mention", "traceability: À COMPLÉTER. Mention")
                .replacing("date: premier semestre 2027", "date: À COMPLÉTER");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(findings).extracting(f -> f.severity() + " " + f.code() + " " + f.path() + " line " + line(f))
                .containsExactly(
                        placeholder("organisation.contacts.dpo.name", questionnaire.lineOf("Délégué·e (À COMPLÉTER)")),
                        placeholder("organisation.director.title", questionnaire.lineOf("director:")),
                        placeholder("service.unit", questionnaire.lineOf("Pôle (à compléter)")),
                        placeholder("document.written_by.name", questionnaire.lineOf("written_by:")),
                        placeholder("document.distribution[1]", questionnaire.lineOf("distribution:")),
                        placeholder("document.parent_reference", questionnaire.lineOf("parent_reference:")),
                        placeholder("roles[2].short_label", questionnaire.lineOf("short_label:")),
                        placeholder("tools[1].short_name", questionnaire.lineOf("Nom court à compléter")),
                        placeholder("data[0].examples", questionnaire.lineOf("examples: À compléter")),
                        placeholder("uses[1].description", questionnaire.lineOf("description: À COMPLÉTER")),
                        placeholder("authorised[1].conditions[1]", questionnaire.lineOf("chaque compte rendu., À COMPLÉTER")),
                        placeholder("forbidden[0].reason", questionnaire.lineOf("reason: À COMPLÉTER")),
                        placeholder("situations[0].reflex", questionnaire.lineOf("reflex:")),
                        placeholder("practices[0]", questionnaire.lineOf("  - À COMPLÉTER\n")),
                        placeholder("incident.procedure", questionnaire.lineOf("procedure:")),
                        placeholder("traceability", questionnaire.lineOf("traceability:")),
                        placeholder("training[0].date", questionnaire.lineOf("date: À COMPLÉTER")));
    }

    @ParameterizedTest(name = "email «{0}»")
    @ValueSource(strings = {"À COMPLÉTER", "dpo@A-COMPLETER.fr", "a-completer@ch-valmont.fr"})
    void reportsAnEmailStillToFillOnceNotAlsoAsMalformed(String email) {
        List<Finding> findings = findingsOf(base().replacing("email: dpo@ch-valmont.fr", "email: \"" + email + "\""));

        assertThat(findings).extracting(f -> f.severity() + " " + f.code() + " " + f.path())
                .containsExactly("ERROR G-PLACEHOLDER organisation.contacts.dpo.email");
    }

    @Test
    void quotesALongTextShortened() {
        List<Finding> findings = findingsOf(base().withoutLine("traceability: Mention").replacing("training:\n", """
                traceability: >-
                  À COMPLÉTER : indiquez où le service consigne qu'un outil a aidé
                  à rédiger un document.
                training:
                """));

        assertThat(messages(findings, G_PLACEHOLDER)).containsExactly("Ce champ contient encore la mention « À COMPLÉTER » "
                + "du questionnaire de départ (« À COMPLÉTER : indiquez où le service consigne qu'un outil a… ») : "
                + "remplacez-la par l'information du service, ou supprimez la ligne si le champ est facultatif.");
    }

    @Test
    void ignoresTheMarkerInComments() {
        assertThat(findingsOf(base().replacing("schema: charte-ia/1", "# À COMPLÉTER avant de valider\nschema: charte-ia/1")))
                .isEmpty();
    }

    // --- given / then helpers

    private static String placeholder(String path, int line) {
        return "ERROR G-PLACEHOLDER " + path + " line " + line;
    }

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
