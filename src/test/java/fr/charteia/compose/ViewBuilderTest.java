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
        assertThat(view.matrix().legend()).extracting(DocumentView.LegendEntry::word)
                .containsExactly("✓\u00A0Autorisé", "✗\u00A0Non prévu");
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
                .containsExactly("⚠\u00A0Sous conditions", "✗\u00A0Interdit");
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
        assertThat(emergency.supervisedRoles()).isEqualTo("externes");
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
    void theSheetListsEachUseOnceWithItsRolesAndTheSupervisedOnesApart() {
        DocumentView view = viewOf(sample("urgences-adultes.yaml"));

        assertThat(view.sheetUses()).extracting(DocumentView.SheetUse::use).doesNotHaveDuplicates();
        assertThat(view.sheetUses()).filteredOn(u -> u.use().startsWith("Rédaction des observations")).singleElement()
                .satisfies(line -> {
                    assertThat(line.roles()).isEqualTo("médecins urgentistes et internes ; externes sous supervision");
                    assertThat(line.humanValidation()).isTrue();
                });
        assertThat(view.sheetUses()).filteredOn(u -> u.use().startsWith("Veille")).singleElement()
                .extracting(DocumentView.SheetUse::roles).isEqualTo("toutes les fonctions du service");
    }

    @Test
    void theRoleGridTicksEachRoleOfAUseAndMarksSupervision() {
        DocumentView view = viewOf(sample("urgences-adultes.yaml"));

        assertThat(view.roleGrid().columns()).startsWith("Médecins urgentistes", "Internes").contains("Externes");
        DocumentView.GridRow observations = view.roleGrid().rows().get(0);
        int externs = view.roleGrid().columns().indexOf("Externes");
        int nurses = view.roleGrid().columns().indexOf("IDE-IOA");
        assertThat(observations.cells().get(0)).isEqualTo(new Cell("authorised", "✓", true));
        assertThat(observations.cells().get(externs)).isEqualTo(new Cell("conditional", "sous supervision", true));
        assertThat(observations.cells().get(nurses).marked()).isFalse();
        assertThat(view.roleGrid().hasSupervision()).isTrue();
    }

    @Test
    void aProhibitionKeepsItsRoleAndToolLimitsInOneSentence() {
        Questionnaire q = questionnaire(replacingOnce(replacingOnce(minimal(), "AUTHORISED",
                "  - { use: veille, roles: [\"*\"], tools: [assistant], data: [public] }\n"), "FORBIDDEN", """
                  - { use: veille, roles: [ide], tools: [assistant], reason: Pas pendant les soins. }
                  - { roles: [ide], data: [interne, public], reason: Réservé à l'encadrement. }
                """));

        DocumentView view = viewOf(q);

        assertThat(view.forbidden()).extracting(DocumentView.Prohibition::subject, DocumentView.Prohibition::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Veille documentaire",
                                "interdit avec Assistant de l'établissement — fonctions concernées : infirmier·ère"),
                        org.assertj.core.groups.Tuple.tuple("Tout outil d'IA",
                                "jamais de documents internes ni d'informations publiques — fonctions concernées : infirmier·ère"));
    }

    @Test
    void toolsAreNamedByTheirShortNameAfterTheToolsTable() {
        DocumentView view = viewOf(sample("urgences-adultes.yaml"));

        assertThat(view.matrix().rows()).extracting(MatrixRow::tool)
                .containsExactly("Chatbot grand public", "Copilot", "Assistant DPI", "Dictée HDS");
        assertThat(view.tools()).filteredOn(t -> t.name().equals("Copilot")).singleElement().satisfies(copilot -> {
            assertThat(copilot.fullName()).startsWith("Microsoft 365 Copilot");
            assertThat(copilot.hasShortName()).isTrue();
            assertThat(copilot.dpia()).isEqualTo("réalisée");
            assertThat(copilot.patientNotice()).as("no patient data").isEqualTo("sans objet");
        });
        assertThat(view.patientDataTools().names()).isEqualTo("Assistant DPI et Dictée HDS");
        assertThat(view.noHealthDataTools().names()).isEqualTo("Chatbot grand public et Copilot");
    }

    @Test
    void theLegendExplainsOnlyTheStatusesTheMatrixUses() {
        DocumentView view = viewOf(sample("urgences-adultes.yaml"));

        assertThat(view.matrix().legend()).extracting(DocumentView.LegendEntry::word)
                .containsExactly("⚠\u00A0Sous conditions", "✗\u00A0Interdit", "✗\u00A0Non prévu");
        assertThat(view.matrix().legend()).extracting(DocumentView.LegendEntry::last).containsExactly(false, false, true);
    }

    @Test
    void aDepartmentWithoutItsOwnSituationsGetsThreeToFiveThatFitItsUses() {
        DocumentView emergency = viewOf(sample("urgences-adultes.yaml"));
        DocumentView imaging = viewOf(sample("imagerie-medicale.yaml"));

        assertThat(emergency.hasOwnSituations()).isFalse();
        assertThat(emergency.situations()).hasSizeBetween(3, 5);
        assertThat(imaging.situations()).anySatisfy(s -> assertThat(s.situation()).containsIgnoringCase("marqué CE"));
    }

    @Test
    void aCharterNeverTakesTheWorkshopsOnlySituations() {
        // few situations fit this department: without the workshop_only mark the workshops' cases would fill in
        Questionnaire q = questionnaire(minimal().replace("AUTHORISED", "  - { use: veille, roles: [\"*\"], tools: [assistant], data: [public] }\n")
                .replace("FORBIDDEN", ""));

        DocumentView view = viewOf(q);

        assertThat(view.situations()).hasSizeBetween(3, 4).noneSatisfy(s -> assertThat(s.situation())
                .containsAnyOf("texte d'accueil public", "quiz", "note de service interne"));
    }

    @Test
    void aDepartmentsOwnSituationsAreKeptAsWritten() {
        Questionnaire q = questionnaire(minimal().replace("AUTHORISED", "  - { use: veille, roles: [\"*\"], tools: [assistant], data: [public] }\n")
                .replace("FORBIDDEN", "") + """
                situations:
                  - { situation: Une requête contient un nom., risk: Fuite., reflex: Je retire le nom. }
                """);

        DocumentView view = viewOf(q);

        assertThat(view.hasOwnSituations()).isTrue();
        assertThat(view.situations()).containsExactly(new DocumentView.Situation("Une requête contient un nom.", "Fuite.",
                "Je retire le nom."));
    }

    @Test
    void aTrainingWithoutAudienceIsForTheRolesItNames() {
        Questionnaire q = questionnaire(minimal().replace("AUTHORISED", "  - { use: veille, roles: [\"*\"], tools: [assistant], data: [public] }\n")
                .replace("FORBIDDEN", "") + """
                training:
                  - { title: Atelier, roles: [ide] }
                  - { title: Conférence, date: mars 2027 }
                """);

        DocumentView view = viewOf(q);

        assertThat(view.training()).extracting(DocumentView.Training::audience)
                .containsExactly("Infirmier·ère", "Toutes les fonctions du service");
    }

    @Test
    void runningTextNamesDoctorsAsTheDrAndTitlesInLowerCase() {
        DocumentView view = viewOf(sample("urgences-adultes.yaml"));

        assertThat(view.approvedBy().inText()).isEqualTo("le Dr Marc Delaunay");
        assertThat(view.approvedBy().titleInText()).isEqualTo("chef de service des urgences adultes");
        assertThat(view.hasDirector()).isTrue();
        assertThat(view.parentReference()).isEqualTo("DIR-IA-001");
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
