package fr.charteia.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.charteia.compose.TemplateException;
import fr.charteia.compose.TemplateSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The workshops' risk situations, read from situations.yaml with their expected answer and references. */
class WorkshopCatalogueTest {

    private static final String ENTRY = """
            - id: "mon-cas"
              situation: "Un agent fait reformuler un texte public par l'outil autorisé."
              risk: "Presque aucun."
              reflex: "Je relis avant de publier."
              expected: "%s"
              reason: "Un texte public peut aller dans un outil autorisé."
              references: [%s]
            """;

    @TempDir
    Path folder;

    @Test
    void bothLanguagesHoldTheSameSituationsWithTheSameAnswersAndReferences() {
        WorkshopCatalogue fr = WorkshopCatalogue.read(TemplateSet.shipped(), "fr");
        WorkshopCatalogue en = WorkshopCatalogue.read(TemplateSet.shipped(), "en");

        assertThat(fr.situations()).hasSizeGreaterThanOrEqualTo(13);
        assertThat(en.situations()).extracting(WorkshopSituation::id)
                .containsExactlyElementsOf(fr.situations().stream().map(WorkshopSituation::id).toList());
        assertThat(en.situations()).extracting(WorkshopSituation::expected)
                .containsExactlyElementsOf(fr.situations().stream().map(WorkshopSituation::expected).toList());
        assertThat(en.situations()).extracting(WorkshopSituation::references)
                .containsExactlyElementsOf(fr.situations().stream().map(WorkshopSituation::references).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everySituationHasAnAnswerAShortReasonAndAReferenceThatResolves(String language) {
        WorkshopCatalogue catalogue = WorkshopCatalogue.read(TemplateSet.shipped(), language);

        assertThat(catalogue.situations()).allSatisfy(s -> {
            assertThat(s.expected()).as(s.id()).isNotNull();
            assertThat(s.reason()).as(s.id()).isNotBlank();
            assertThat(s.reason().split("\\s+")).as(s.reason()).hasSizeLessThanOrEqualTo(25);
            assertThat(s.reflex()).as(s.id()).isNotBlank();
            assertThat(s.references()).as(s.id()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(s.references()).allSatisfy(id -> assertThat(catalogue.reference(id)).as(id).isPresent());
        });
        // every answer is worked on: a workshop compares an authorised case with the others
        assertThat(catalogue.situations()).extracting(WorkshopSituation::expected)
                .contains(SituationAnswer.AUTHORISED, SituationAnswer.CONDITIONAL, SituationAnswer.FORBIDDEN);
    }

    @Test
    void theAnswersFollowTheCharterRules() {
        WorkshopCatalogue fr = WorkshopCatalogue.read(TemplateSet.shipped(), "fr");

        assertThat(fr.situation("dictee-nom-patient").orElseThrow().expected()).isEqualTo(SituationAnswer.FORBIDDEN);
        assertThat(fr.situation("dictee-nom-patient").orElseThrow().references()).contains("csp-l1110-4");
        assertThat(fr.situation("planning-chatbot-public").orElseThrow().expected()).isEqualTo(SituationAnswer.FORBIDDEN);
        assertThat(fr.situation("planning-chatbot-public").orElseThrow().references()).contains("cgfp-l121-6-l121-7");
        assertThat(fr.situation("dose-synthese-generee").orElseThrow().expected()).isEqualTo(SituationAnswer.CONDITIONAL);
        assertThat(fr.situation("rmm-reidentification").orElseThrow().references()).contains("rgpd-considerant-26");
        assertThat(fr.situation("reformulation-texte-public").orElseThrow().expected()).isEqualTo(SituationAnswer.AUTHORISED);
        // the legal review: art. 50 of the AI Act is not the basis for reviewing texts given to patients
        assertThat(fr.situations()).allSatisfy(s -> assertThat(s.references()).doesNotContain("ria-art-50"));
    }

    @Test
    void aReferenceIsCitedWithItsOfficialTitleAndWhereItIsPublished() {
        WorkshopCatalogue fr = WorkshopCatalogue.read(TemplateSet.shipped(), "fr");
        WorkshopCatalogue en = WorkshopCatalogue.read(TemplateSet.shipped(), "en");

        assertThat(fr.reference("csp-l1110-4")).contains(
                "Code de la santé publique, article L1110-4 : vie privée et secret des informations — Légifrance");
        assertThat(fr.reference("has-premieres-clefs-2025").orElseThrow()).startsWith("Haute Autorité de santé, « Premières clefs")
                .endsWith(" — https://www.has-sante.fr/jcms/p_3703115/fr/premieres-clefs-d-usage-de-l-ia-generative-en-sante");
        assertThat(en.reference("csp-l1110-4").orElseThrow()).startsWith("French Public Health Code");
        assertThat(fr.reference("rgpd-art-99")).isEmpty();
    }

    @Test
    void anUnknownReferenceIsRefusedWithTheFileTheEntryAndTheFix() throws IOException {
        Path file = write("fr/situations.yaml", ENTRY.formatted("authorised", "\"cnil-qr-ia-generative-2024\", \"rgpd-art-99\""));

        assertThatThrownBy(() -> WorkshopCatalogue.read(TemplateSet.overriddenBy(folder), "fr"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("« " + file + " », entrée « mon-cas » : la référence « rgpd-art-99 » n'existe pas dans "
                        + "« templates/fr/references.yaml » ; citez l'id d'un texte de ce fichier, ou ajoutez-y ce texte "
                        + "(avec son titre et sa source officiels)");
    }

    @Test
    void aMissingOrUnknownAnswerIsRefusedWithTheWordsToUse() throws IOException {
        Path file = write("fr/situations.yaml", ENTRY.formatted("peut-être", "\"has-premieres-clefs-2025\""));

        assertThatThrownBy(() -> WorkshopCatalogue.read(TemplateSet.overriddenBy(folder), "fr"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("« " + file + " », entrée « mon-cas » : expected « peut-être » n'est pas une réponse ; donnez ce "
                        + "que disent les règles de la charte : authorised (autorisé), conditional (sous conditions) ou "
                        + "forbidden (interdit)");

        write("fr/situations.yaml", ENTRY.formatted("authorised", "\"has-premieres-clefs-2025\"")
                .replace("  expected: \"authorised\"\n", ""));
        assertThatThrownBy(() -> WorkshopCatalogue.read(TemplateSet.overriddenBy(folder), "fr"))
                .hasMessageContaining("entrée « mon-cas » : expected manque ; donnez ce que disent les règles de la charte");
    }

    @Test
    void aMissingReasonOrAnUnknownKeyIsRefused() throws IOException {
        write("fr/situations.yaml", ENTRY.formatted("authorised", "\"has-premieres-clefs-2025\"")
                .replace("  reason: \"Un texte public peut aller dans un outil autorisé.\"\n", ""));
        assertThatThrownBy(() -> WorkshopCatalogue.read(TemplateSet.overriddenBy(folder), "fr"))
                .hasMessageContaining("entrée « mon-cas » : la clé reason manque ou est vide");

        write("fr/situations.yaml", ENTRY.formatted("authorised", "\"has-premieres-clefs-2025\"") + "  couleur: rouge\n");
        assertThatThrownBy(() -> WorkshopCatalogue.read(TemplateSet.overriddenBy(folder), "fr"))
                .hasMessageContaining("situations.yaml").hasMessageContaining("la clé « couleur » n'est pas prévue");
    }

    @Test
    void aTemplatesFolderOverridesTheCatalogueAndItsReferences() throws IOException {
        write("fr/situations.yaml", ENTRY.formatted("conditional", "\"note-locale\""));
        write("fr/references.yaml", """
                - id: "note-locale"
                  title: "Note de service n° 12 : usage de l'IA"
                  summary: "Ce que le service a décidé."
                  source: "Intranet du CH"
                """);

        WorkshopCatalogue catalogue = WorkshopCatalogue.read(TemplateSet.overriddenBy(folder), "fr");

        assertThat(catalogue.situations()).containsExactly(new WorkshopSituation("mon-cas",
                "Un agent fait reformuler un texte public par l'outil autorisé.", SituationAnswer.CONDITIONAL,
                "Un texte public peut aller dans un outil autorisé.", "Je relis avant de publier.", List.of("note-locale")));
        assertThat(catalogue.reference("note-locale")).contains("Note de service n° 12 : usage de l'IA — Intranet du CH");
        // the other language is still the shipped one
        assertThat(WorkshopCatalogue.read(TemplateSet.overriddenBy(folder), "en").situations()).hasSizeGreaterThan(1);
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
