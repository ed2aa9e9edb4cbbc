package fr.charteia.validation;

import static fr.charteia.validation.RuleCode.Q_SCHEMA;
import static fr.charteia.validation.RuleTestSupport.base;
import static fr.charteia.validation.RuleTestSupport.line;
import static fr.charteia.validation.RuleTestSupport.messages;
import static fr.charteia.validation.RuleTestSupport.reported;
import static fr.charteia.validation.RuleTestSupport.single;
import static fr.charteia.validation.RuleTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.charteia.load.LoadFailure;
import fr.charteia.load.QuestionnaireFormat;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.validation.RuleTestSupport.QuestionnaireText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Q-SCHEMA: the shape of the file. Field constraints on the model (required, blank, malformed id,
 * empty reference list, null list item), the two checks on forbidden entries, and what the loader
 * reports (unknown key, bad value, wrong type, unreadable file).
 */
class FieldConstraintsTest {

    private static final QuestionnaireValidator validator = RuleTestSupport.sharedValidator();

    @Test
    void baseQuestionnaireHasNoFindingInEitherLanguage() {
        assertThat(findingsOf(base())).isEmpty();
        assertThat(englishFindingsOf(base())).isEmpty();
    }

    @Test
    void reportsAMissingRequiredFieldAtItsPathAndTheLineOfItsParent() {
        QuestionnaireText questionnaire = base().withoutLine("reference: QUA-IA-CARDIO-001");

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR document.reference");
        assertThat(findings).hasSize(1);
        Finding finding = single(findings, Q_SCHEMA);
        assertThat(finding.message()).isEqualTo("Ce champ obligatoire est absent ou vide : ajoutez-le avec une valeur.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("document:"));
        assertThat(single(englishFindingsOf(questionnaire), Q_SCHEMA).message())
                .isEqualTo("This required field is missing or empty: add it with a value.");
    }

    @Test
    void reportsAMissingRequiredSection() {
        List<Finding> findings = findingsOf(base().withoutSection("service"));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR service");
        assertThat(findings).hasSize(1);
    }

    @Test
    void reportsABlankRequiredTextAsMissing() {
        List<Finding> findings = findingsOf(base().replacing("label: Infirmier·ère,", "label: \"   \","));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR roles[1].label");
        assertThat(messages(findings, Q_SCHEMA))
                .containsExactly("Ce champ obligatoire est absent ou vide : ajoutez-le avec une valeur.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copilot_365", "dictée", "-outil", "outil ia", "OUTIL"})
    void reportsAMalformedIdQuotingIt(String id) {
        List<Finding> findings = findingsOf(base().adding("tools", """
                - { id: "%s", name: Assistant de rédaction, kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false }
                """.formatted(id)));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR tools[3].id");
        assertThat(messages(findings, Q_SCHEMA)).containsExactly("« " + id + " » n'est pas un identifiant valide : "
                + "utilisez des minuscules sans accent, des chiffres et des tirets, en commençant par une lettre ou un "
                + "chiffre (par exemple « chat-public »).");
    }

    @Test
    void acceptsASlugIdWithDigitsAndHyphens() {
        List<Finding> findings = findingsOf(base()
                .adding("tools", """
                        - { id: 2e-assistant-v3, name: Assistant de rédaction, kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false }
                        """)
                .replacing("tools: [chatbot-public, copilot]", "tools: [chatbot-public, copilot, 2e-assistant-v3]"));

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsABlankTextInAListOrAnOptionalField() {
        List<Finding> findings = findingsOf(base()
                .adding("practices", """
                        - "   "
                        """)
                .replacing("unit: Pôle cardio-vasculaire", "unit: \" \""));

        assertThat(reported(findings, Q_SCHEMA)).containsExactlyInAnyOrder("ERROR practices[1]", "ERROR service.unit");
        assertThat(messages(findings, Q_SCHEMA)).containsOnly("Valeur vide : écrivez un texte ou retirez la ligne.");
    }

    @Test
    void reportsAnEmptyOrMissingReferenceList() {
        List<Finding> findings = findingsOf(base().adding("authorised", """
                - use: courriers
                  roles: []
                  data: [interne]
                  human_validation: true
                """));

        assertThat(reported(findings, Q_SCHEMA)).containsExactlyInAnyOrder(
                "ERROR authorised[4].roles", "ERROR authorised[4].tools");
        assertThat(messages(findings, Q_SCHEMA)).containsOnly(
                "Cette liste ne peut pas être vide : indiquez au moins un identifiant, ou \"*\" pour tous.");
    }

    @Test
    void reportsANullListItem() {
        List<Finding> findings = findingsOf(base()
                .adding("roles", """
                        - ~
                        """)
                .adding("authorised", """
                        - null
                        """));

        assertThat(reported(findings, Q_SCHEMA)).containsExactlyInAnyOrder("ERROR roles[3]", "ERROR authorised[4]");
        assertThat(messages(findings, Q_SCHEMA)).containsOnly(
                "Élément de liste vide (un tiret sans contenu) : complétez-le ou supprimez la ligne.");
        assertThat(findings).hasSize(2);
    }

    @Test
    void reportsABareDashAsANullListItemAndStillChecksTheRest() {
        List<Finding> findings = findingsOf(base()
                .adding("roles", """
                        -
                        """)
                .replacing("review_date: 2028-01-04", "review_date: 2027-01-04"));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR roles[3]");
        assertThat(messages(findings, Q_SCHEMA)).containsExactly(
                "Élément de liste vide (un tiret sans contenu) : complétez-le ou supprimez la ligne.");
        assertThat(reported(findings, RuleCode.G_DATES)).containsExactly("ERROR document.review_date");
    }

    @Test
    void reportsANullReferenceInAnAuthorisedList() {
        List<Finding> findings = findingsOf(base().replacing("tools: [chatbot-public, copilot]", "tools: [chatbot-public, ~]"));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR authorised[2].tools[1]");
    }

    @Test
    void reportsAForbiddenEntryThatNamesNothing() {
        List<Finding> findings = findingsOf(base().adding("forbidden", """
                - { reason: Par précaution. }
                """));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR forbidden[2]");
        assertThat(messages(findings, Q_SCHEMA)).containsExactly("Cette interdiction ne dit rien : indiquez un usage (use), "
                + "des rôles, des outils ou des données, ou bien une phrase (statement).");
        assertThat(findings).hasSize(1);
    }

    @Test
    void reportsAForbiddenCombinationWithoutReasonOrStatement() {
        QuestionnaireText questionnaire = base().adding("forbidden", """
                - { tools: [copilot], data: [dossier-patient] }
                """);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR forbidden[2]");
        assertThat(messages(findings, Q_SCHEMA)).containsExactly(
                "Cette interdiction n'est pas motivée : ajoutez une raison (reason) que le personnel pourra comprendre.");
        assertThat(findings).hasSize(1);
        assertThat(messages(englishFindingsOf(questionnaire), Q_SCHEMA))
                .containsExactly("This prohibition gives no reason: add a reason staff can understand.");
    }

    @Test
    void acceptsAForbiddenCombinationExplainedByAStatementOnly() {
        List<Finding> findings = findingsOf(base().adding("forbidden", """
                - { tools: [copilot], data: [dossier-patient], statement: Ne jamais coller un dossier patient dans l'assistant bureautique. }
                """));

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsAnUnknownKeyWithTheClosestKnownKeyOnItsLine() {
        QuestionnaireText questionnaire = base().adding("authorised", """
                - use: courriers
                  roles: [secretaire]
                  tools: [copilot]
                  data: [interne]
                  human_validaton: true
                """);

        List<Finding> findings = findingsOf(questionnaire);

        Finding finding = single(findings, Q_SCHEMA);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.path()).isEqualTo("authorised[4].human_validaton");
        assertThat(finding.message()).isEqualTo("Clé inconnue « human_validaton » : vouliez-vous dire « human_validation » ? "
                + "Corrigez l'orthographe (les clés sont en anglais, en minuscules avec des tirets bas).");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("human_validaton: true"));
    }

    @Test
    void reportsABadChoiceWithTheAllowedValues() {
        QuestionnaireText questionnaire = base().replacing("label: Infirmier·ère, kind: care }", "label: Infirmier·ère, kind: nurse }");

        Finding finding = single(findingsOf(questionnaire), Q_SCHEMA);

        assertThat(finding.path()).isEqualTo("roles[1].kind");
        assertThat(finding.message()).isEqualTo("Valeur « nurse » non reconnue : les valeurs permises sont "
                + "medical, care, administrative, management, technical, student.");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf("kind: nurse"));
        assertThat(single(englishFindingsOf(questionnaire), Q_SCHEMA).message()).isEqualTo(
                "Unrecognised value \"nurse\": the allowed values are medical, care, administrative, management, technical, student.");
    }

    @Test
    void reportsAShortNameLongerThanThirtyCharactersQuotingIt() {
        String shortName = "Assistant bureautique Copilot 3";
        QuestionnaireText questionnaire = base().replacing("short_name: Assistant bureautique", "short_name: " + shortName);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR tools[1].short_name");
        assertThat(findings).hasSize(1);
        assertThat(messages(findings, Q_SCHEMA)).containsExactly("« Assistant bureautique Copilot 3 » dépasse 30 caractères : "
                + "un nom court doit tenir dans une colonne de tableau et sur une ligne de la fiche. Raccourcissez-le (par "
                + "exemple « Assistant DPI » pour un outil, « IDE » pour un rôle).");
        assertThat(line(findings.get(0))).isEqualTo(questionnaire.lineOf("short_name: " + shortName));
        assertThat(messages(englishFindingsOf(questionnaire), Q_SCHEMA)).containsExactly("\"Assistant bureautique Copilot "
                + "3\" is longer than 30 characters: a short name must fit a table column and a line of the sheet. Shorten "
                + "it (for example \"EPR assistant\" for a tool, \"Nurses\" for a role).");
    }

    @Test
    void reportsARoleShortLabelLongerThanThirtyCharacters() {
        List<Finding> findings = findingsOf(base().replacing("short_label: Secrétariat",
                "short_label: Secrétariat médical des consultations"));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR roles[2].short_label");
        assertThat(messages(findings, Q_SCHEMA)).singleElement().asString()
                .startsWith("« Secrétariat médical des consultations » dépasse 30 caractères :");
    }

    @Test
    void acceptsShortNamesOfThirtyCharacters() {
        String tool = "Dictée et synthèse des comptes";
        String role = "Secrétariat médical du service";
        assertThat(List.of(tool, role)).allSatisfy(name -> assertThat(name).hasSize(30));

        assertThat(findingsOf(base().replacing("short_name: Dictée", "short_name: " + tool)
                .replacing("short_label: Secrétariat", "short_label: " + role))).isEmpty();
    }

    /**
     * A choice of the new fields, its bad value, its path and the allowed values. The public chatbot
     * and the dictation tool (given health data) would also trip D-ACCOUNT and D-DPIA if the bad
     * value counted as left out: one cause, one message.
     */
    static Stream<Arguments> newChoices() {
        return Stream.of(
                Arguments.of("account: professional\n  - id: copilot", "account: perso\n  - id: copilot", "perso",
                        "tools[0].account", "professional, personal, none"),
                Arguments.of("dpia: done\n    record: true\n    patient_notice: true\ndata:",
                        "dpia: yes\n    record: true\n    patient_notice: true\ndata:", "yes",
                        "tools[2].dpia", "done, in_progress, not_required, unknown"),
                Arguments.of("kind: personal, about: staff", "kind: personal, about: agents", "agents", "data[1].about",
                        "patients, staff, other"));
    }

    @ParameterizedTest(name = "{3}: {2}")
    @MethodSource("newChoices")
    void reportsABadValueOfTheNewChoicesWithTheAllowedValues(String fragment, String replacement, String value,
            String path, String choices) {
        QuestionnaireText questionnaire = base().replacing(fragment, replacement);

        List<Finding> findings = findingsOf(questionnaire);

        assertThat(findings).hasSize(1);
        Finding finding = single(findings, Q_SCHEMA);
        assertThat(finding.path()).isEqualTo(path);
        assertThat(finding.message()).isEqualTo("Valeur « " + value + " » non reconnue : les valeurs permises sont "
                + choices + ".");
        assertThat(line(finding)).isEqualTo(questionnaire.lineOf(replacement.split("\n")[0]));
        assertThat(single(englishFindingsOf(questionnaire), Q_SCHEMA).message())
                .isEqualTo("Unrecognised value \"" + value + "\": the allowed values are " + choices + ".");
    }

    @Test
    void reportsARegisterAnswerThatIsNotABooleanOnceOnly() {
        List<Finding> findings = findingsOf(base().replacing("    record: true\n    patient_notice: true\ndata:",
                "    record: oui\n    patient_notice: true\ndata:"));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR tools[2].record");
        assertThat(findings).hasSize(1);
    }

    @Test
    void reportsAValueOfTheWrongTypeOnceOnly() {
        List<Finding> findings = findingsOf(base().replacing("roles: [secretaire]\n", "roles: secretaire\n"));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR authorised[3].roles");
        assertThat(messages(findings, Q_SCHEMA)).containsExactly("Valeur « secretaire » de type incorrect : on attend "
                + "une liste (lignes commençant par « - » ou [a, b]) à cet endroit.");
    }

    @Test
    void reportsAnImpossibleDate() {
        List<Finding> findings = findingsOf(base().replacing("review_date: 2028-01-04", "review_date: 2028-13-01"));

        assertThat(reported(findings, Q_SCHEMA)).containsExactly("ERROR document.review_date");
        assertThat(messages(findings, Q_SCHEMA)).singleElement().asString().contains("« 2028-13-01 »", "AAAA-MM-JJ");
    }

    @Test
    void refusesAnEmptyFileAsUnreadableWithAFindingWithoutPath() {
        UnreadableQuestionnaireException refused = catchThrowableOfType(UnreadableQuestionnaireException.class,
                () -> new QuestionnaireLoader().load("vide.yaml", QuestionnaireFormat.YAML, "  \n".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.failure().reason()).isEqualTo(LoadFailure.Reason.EMPTY);
        Finding finding = ProblemMessages.asFinding(refused.failure(), Terms.of(Locale.FRENCH));
        assertThat(finding.code()).isEqualTo(Q_SCHEMA);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.path()).isEmpty();
        assertThat(finding.message()).isEqualTo("Le fichier vide.yaml est vide : partez du modèle créé par « charte-ia init » "
                + "ou d'un exemple du dossier samples/.");
    }

    @Test
    void refusesAnotherSchemaAsUnreadable() {
        byte[] bytes = base().replacing("schema: charte-ia/1", "schema: charte-ia/2").yaml().getBytes(StandardCharsets.UTF_8);

        UnreadableQuestionnaireException refused = catchThrowableOfType(UnreadableQuestionnaireException.class,
                () -> new QuestionnaireLoader().load("test.yaml", QuestionnaireFormat.YAML, bytes));

        assertThat(refused.failure().reason()).isEqualTo(LoadFailure.Reason.UNSUPPORTED_SCHEMA);
        assertThat(ProblemMessages.describe(refused.failure(), Terms.of(Locale.FRENCH)))
                .startsWith("Le fichier test.yaml déclare le format « charte-ia/2 » (ligne ")
                .endsWith("que cet outil ne connaît pas : indiquez schema: charte-ia/1 (questionnaire d'un service) ou schema: charte-ia-etablissement/1 (socle d'établissement) et adaptez le fichier à ce format.");
    }

    // --- given / then helpers

    private static List<Finding> findingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.FRENCH);
    }

    private static List<Finding> englishFindingsOf(QuestionnaireText questionnaire) {
        return validate(validator, questionnaire, Locale.ENGLISH);
    }
}
