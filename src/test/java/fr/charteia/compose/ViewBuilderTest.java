package fr.charteia.compose;

import static fr.charteia.compose.ComposeTestSupport.questionnaire;
import static fr.charteia.compose.ComposeTestSupport.replacingOnce;
import static fr.charteia.compose.ComposeTestSupport.sample;
import static fr.charteia.compose.ComposeTestSupport.sampleText;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.compose.DocumentView.Cell;
import fr.charteia.compose.DocumentView.MatrixRow;
import fr.charteia.model.Questionnaire;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The decisions of the view model: statuses, conditional paragraphs, defaults. */
class ViewBuilderTest {

    private static final DocumentTerms FRENCH = DocumentTerms.read(TemplateSet.shipped(), "fr/terms.properties");

    @Test
    void matrixGivesEachToolAndDataPairItsStatusAndWord() {
        Questionnaire q = sample("urgences-adultes.yaml");
        DocumentView view = viewOf(q);

        int patientColumn = q.data().indexOf(q.data().stream()
                .filter(d -> d.kind() == fr.charteia.model.DataKind.HEALTH_IDENTIFYING).findFirst().orElseThrow());
        for (int i = 0; i < q.tools().size(); i++) {
            if (q.tools().get(i).kind() == fr.charteia.model.ToolKind.PUBLIC) {
                assertThat(view.matrix().rows().get(i).cells().get(patientColumn).status()).isIn("forbidden", "unaddressed");
            }
        }
        MatrixRow dictation = view.matrix().rows().stream().filter(r -> r.tool().contains("ictée")).findFirst().orElseThrow();
        assertThat(dictation.cells()).extracting(Cell::status).contains("conditional");
        assertThat(view.matrix().rows()).allSatisfy(r -> assertThat(r.cells()).hasSameSizeAs(view.matrix().columns()));
        assertThat(view.matrix().rows()).flatExtracting(MatrixRow::cells)
                .allSatisfy(c -> assertThat(c.word()).isEqualTo(FRENCH.get("status." + c.status())));
    }

    @Test
    void grantWithoutConditionIsGreenAndPairNobodyMentionsIsUnaddressed() {
        Questionnaire q = questionnaire(replacingOnce(minimal(), "AUTHORISED", """
                  - { use: veille, roles: ["*"], tools: [assistant], data: [public] }
                """).replace("FORBIDDEN", ""));

        DocumentView view = viewOf(q);

        assertThat(view.matrix().columns()).containsExactly("Informations publiques", "Documents internes");
        assertThat(view.matrix().rows()).singleElement().satisfies(row ->
                assertThat(row.cells()).extracting(Cell::status).containsExactly("authorised", "unaddressed"));
        assertThat(view.matrix().legend()).extracting(DocumentView.LegendEntry::word).containsExactly("Autorisé", "Non prévu");
        assertThat(view.tools()).singleElement().satisfies(tool -> {
            assertThat(tool.receives()).containsExactly("Informations publiques");
            assertThat(tool.contract()).isEqualTo("oui");
        });
    }

    @Test
    void conditionsOrHumanValidationMakeAGrantOrangeAndAProhibitionMakesItRed() {
        Questionnaire q = questionnaire(replacingOnce(replacingOnce(minimal(), "AUTHORISED", """
                  - { use: veille, roles: ["*"], tools: [assistant], data: [public], conditions: [Citer la source.] }
                """), "FORBIDDEN", """
                  - { tools: [assistant], data: [interne], reason: Documents non publiés. }
                """));

        DocumentView view = viewOf(q);

        assertThat(view.matrix().rows().get(0).cells()).extracting(Cell::status).containsExactly("conditional", "forbidden");
        assertThat(view.matrix().legend()).extracting(DocumentView.LegendEntry::word)
                .containsExactly("Sous conditions", "Interdit");
        assertThat(view.forbidden()).singleElement().satisfies(p -> {
            assertThat(p.isCombination()).isTrue();
            assertThat(p.subject()).isEqualTo("Assistant de l'établissement");
            assertThat(p.rule()).isEqualTo("jamais de documents internes");
            assertThat(p.reason()).isEqualTo("Documents non publiés.");
        });
    }

    @Test
    void aProhibitionOfOneUseDoesNotPaintThePairRed() {
        Questionnaire q = questionnaire(replacingOnce(minimal(), "FORBIDDEN", """
                  - { use: veille, tools: [assistant], data: [interne], reason: Pas de veille sur documents internes. }
                """).replace("AUTHORISED", "  - { use: veille, roles: [\"*\"], tools: [assistant], data: [public] }\n"));

        DocumentView view = viewOf(q);

        assertThat(view.matrix().rows().get(0).cells()).extracting(Cell::status).containsExactly("authorised", "unaddressed");
    }

    @Test
    void conditionalParagraphsFollowTheAnswers() {
        DocumentView emergency = viewOf(sample("urgences-adultes.yaml"));
        DocumentView imaging = viewOf(sample("imagerie-medicale.yaml"));
        DocumentView pharmacy = viewOf(sample("pharmacie-pui.yaml"));

        assertThat(emergency.hasSupervisedClinicalUse()).isTrue();
        assertThat(emergency.supervisedRoles()).startsWith("étudiant");
        assertThat(imaging.usesMedicalDevice()).isTrue();
        assertThat(imaging.medicalDevices()).isNotEmpty();
        assertThat(pharmacy.usesMedicalDevice()).isFalse();
        assertThat(pharmacy.hasSupervisedClinicalUse()).isFalse();
        assertThat(emergency.hasPublicTools()).isTrue();
    }

    @Test
    void leftOutIncidentProcedureAndPracticesFallBackToTheStandardText() {
        Questionnaire q = questionnaire(minimal().replace("AUTHORISED", "  - { use: veille, roles: [\"*\"], tools: [assistant], data: [public] }\n")
                .replace("FORBIDDEN", ""));

        DocumentView view = viewOf(q);

        assertThat(view.incident().isCustom()).isFalse();
        assertThat(view.hasPractices()).isFalse();
        assertThat(view.contacts()).extracting(DocumentView.ContactView::role)
                .containsExactly(FRENCH.get("contact.dpo"), FRENCH.get("contact.security_officer"),
                        FRENCH.get("contact.ai_referent"));
        assertThat(view.hasTraining()).isFalse();
    }

    @Test
    void datesAreWrittenTheWayReadersWriteThem() {
        assertThat(DateText.of(FRENCH.get("date.pattern"), Locale.FRANCE).format(java.time.LocalDate.of(2027, 1, 4)))
                .isEqualTo("4 janvier 2027");
        assertThat(DateText.of(FRENCH.get("date.pattern"), Locale.FRANCE, FRENCH.get("date.firstOfMonth"))
                .format(java.time.LocalDate.of(2027, 2, 1))).isEqualTo("1er février 2027");
    }

    private static DocumentView viewOf(Questionnaire q) {
        return new ViewBuilder(q, new LanguageResources(FRENCH, Phrasing.of(q.locale()), List.of(),
                SituationCatalogue.read(TemplateSet.shipped(), "fr/situations.yaml"),
                DateText.of(FRENCH.get("date.pattern"), Locale.FRANCE))).build();
    }

    /** A small questionnaire with AUTHORISED and FORBIDDEN placeholders for the rules under test. */
    private static String minimal() {
        String sample = sampleText("pharmacie-pui.yaml");
        String head = sample.substring(0, sample.indexOf("\nroles:"));
        return head + """

                roles:
                  - { id: ide, label: Infirmier·ère, kind: care }
                tools:
                  - { id: assistant, name: Assistant de l'établissement, kind: institutional, hosting: on_premise, contract: true, trains_on_inputs: false }
                data:
                  - { id: public, label: Informations publiques, kind: public }
                  - { id: interne, label: Documents internes, kind: internal }
                uses:
                  - { id: veille, label: Veille documentaire, kind: research }
                authorised:
                AUTHORISED
                forbidden:
                FORBIDDEN
                """;
    }
}
