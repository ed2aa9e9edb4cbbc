package fr.charteia.diff;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.model.Questionnaire;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The changes between a sample and an edited copy, phrased exactly, most important first. */
class QuestionnaireDiffTest {

    static final Path SAMPLE = Path.of("samples/pharmacie-pui.yaml");
    private static final ChangeText FRENCH = ChangeText.of(Locale.FRENCH);

    /** The sample with one text replaced; fails when the text is not there, so that the test edits what it means to. */
    static String edited(String yaml, String from, String to) {
        assertThat(yaml).contains(from);
        return yaml.replace(from, to);
    }

    static String sample() throws Exception {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    private static Questionnaire load(String yaml) throws Exception {
        return new QuestionnaireLoader().load("q.yaml", yaml.getBytes(StandardCharsets.UTF_8)).questionnaire().orElseThrow();
    }

    private static List<String> lines(String before, String after) throws Exception {
        return QuestionnaireDiff.between(load(before), load(after), FRENCH).stream().map(Change::text).toList();
    }

    @Test
    void identicalQuestionnairesHaveNoChangeAndSaySo() throws Exception {
        List<Change> changes = QuestionnaireDiff.between(load(sample()), load(sample()), FRENCH);

        assertThat(changes).isEmpty();
        assertThat(QuestionnaireDiff.asText(changes, "1.1", FRENCH)).isEqualTo("Aucune différence");
    }

    @Test
    void aNewToolIsNamedAndWhatItNowReceivesIsSaidPerUse() throws Exception {
        String after = edited(sample(), "\ndata:\n  - id: patient", """

                  - id: mistral
                    name: Le Chat Pro (Mistral AI), offre entreprise
                    kind: enterprise
                    hosting: eu
                    contract: true
                    short_name: Le Chat Pro

                data:
                  - id: patient""".replace("\n                ", "\n"));
        after = edited(after, "    tools: [assistant-chv, copilot]\n    data: [public, interne]",
                "    tools: [assistant-chv, copilot, mistral]\n    data: [public, interne]");

        assertThat(lines(sample(), after)).containsExactly(
                "Fiches d'information et de conseils pour les patients : désormais aussi avec Le Chat Pro",
                "Nouvel outil : Le Chat Pro (Mistral AI), offre entreprise");
    }

    @Test
    void aUseNewlyForbiddenComesBeforeLessImportantChanges() throws Exception {
        String after = edited(sample(), "  - statement: Photographier",
                "  - use: achats\n    tools: [copilot]\n    reason: Offres confidentielles.\n  - statement: Photographier");
        after = edited(after, "review_date: 2028-02-01", "review_date: 2028-06-01");

        assertThat(lines(sample(), after)).containsExactly(
                "Usage désormais interdit : Analyse des offres et préparation des dossiers d'achat (avec Copilot)",
                "Date de révision : 1er juin 2028 (auparavant : 1er février 2028)");
    }

    @Test
    void dataWidenedForAToolIsSaidForTheToolAndForTheUse() throws Exception {
        String after = edited(sample(), "    tools: [copilot, assistant-chv, chatbot-public]\n    data: [public, consommations]",
                "    tools: [copilot, assistant-chv, chatbot-public]\n    data: [public, consommations, interne]");

        assertThat(lines(sample(), after)).containsExactly(
                "Supports de formation et de sensibilisation : désormais aussi sur les données « Documents internes de la PUI »",
                "Chatbot grand public : peut désormais recevoir les données « Documents internes de la PUI »");
    }

    @Test
    void dataNarrowedForAToolAndAToolPropertyChanged() throws Exception {
        String after = edited(sample(), "    tools: [chatbot-public, copilot, assistant-chv]\n    data: [public]",
                "    tools: [copilot, assistant-chv]\n    data: [public]");
        after = edited(after, "    tools: [copilot, assistant-chv, chatbot-public]", "    tools: [copilot, assistant-chv]");
        after = edited(after, "    hosting: eu\n", "    hosting: hds\n");

        assertThat(lines(sample(), after)).containsExactly(
                "Recherche et synthèse bibliographique : n'est plus autorisé avec Chatbot grand public",
                "Supports de formation et de sensibilisation : n'est plus autorisé avec Chatbot grand public",
                "Chatbot grand public : ne peut plus recevoir les données « Informations publiques » et « Données de consommation agrégées »",
                "Copilot : hébergement désormais « Hébergeur certifié HDS » (auparavant « Union européenne »)");
    }

    @Test
    void contactsRelabelledRolesAndRolesGainingAUse() throws Exception {
        String after = edited(sample(), "email: dpo@ch-valmont.fr", "email: protection-donnees@ch-valmont.fr");
        after = edited(after, "label: Cadre de santé préparateur,", "label: Cadre de santé préparateur·rice,");
        after = edited(after, "  - use: fiches-patients\n    roles: [pharmacien, interne-pharma]",
                "  - use: fiches-patients\n    roles: [pharmacien, interne-pharma, pph]");

        assertThat(lines(sample(), after)).containsExactly(
                "Préparateurs : accès ouvert à l'usage « Fiches d'information et de conseils pour les patients »",
                "Rôle renommé : « Cadre de santé préparateur » devient « Cadre de santé préparateur·rice »",
                "Courriel du DPO : protection-donnees@ch-valmont.fr (auparavant : dpo@ch-valmont.fr)");
    }

    @Test
    void aRemovedToolAndStatementsAddedOrRemoved() throws Exception {
        String after = edited(sample(), "  - statement: Photographier une ordonnance ou une fiche de fabrication pour la soumettre à une application d'IA.\n",
                "  - statement: Copier un compte rendu de COMEDIMS dans un outil grand public.\n");

        assertThat(lines(sample(), after)).containsExactly(
                "Nouvelle interdiction : Copier un compte rendu de COMEDIMS dans un outil grand public.",
                "Interdiction retirée : Photographier une ordonnance ou une fiche de fabrication pour la soumettre à une…");
    }

    @Test
    void englishPhrasesWithEnglishDates() throws Exception {
        String after = edited(sample(), "review_date: 2028-02-01", "review_date: 2028-06-01");

        List<Change> changes = QuestionnaireDiff.between(load(sample()), load(after), ChangeText.of(Locale.ENGLISH));

        assertThat(changes).extracting(Change::text).containsExactly("Review date: 1 June 2028 (previously: 1 February 2028)");
        assertThat(changes.get(0).before()).isEqualTo("2028-02-01");
        assertThat(changes.get(0).after()).isEqualTo("2028-06-01");
        assertThat(changes.get(0).kind()).isEqualTo("document.reviewDate");
    }

    @Test
    void theTextHasAHeadingThenOneDashLinePerChange() throws Exception {
        String after = edited(sample(), "review_date: 2028-02-01", "review_date: 2028-06-01");

        String text = QuestionnaireDiff.asText(QuestionnaireDiff.between(load(sample()), load(after), FRENCH), "1.1", FRENCH);

        assertThat(text).isEqualTo("Modifications par rapport à la version 1.1 :\n"
                + "- Date de révision : 1er juin 2028 (auparavant : 1er février 2028)\n");
    }
}
