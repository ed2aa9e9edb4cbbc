package fr.charteia.compose;

import static fr.charteia.compose.ComposeTestSupport.questionnaire;
import static fr.charteia.compose.ComposeTestSupport.replacingOnce;
import static fr.charteia.compose.ComposeTestSupport.sampleText;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A matrix or grid with more status columns than a page holds ({@link WideTables#MAX_STATUS_COLUMNS})
 * is printed as a list; up to that many it stays a table (the goldens hold the samples' tables).
 */
class WideTablesTest {

    private static final DocumentComposer COMPOSER = new DocumentComposer(TemplateSet.shipped());

    @Test
    void moreDataCategoriesThanColumnsGiveOneLinePerToolWithItsCategoriesByStatus() {
        String yaml = widened("urgences-adultes.yaml", WideTables.MAX_STATUS_COLUMNS - 5 + 1, false);

        for (DocumentKind kind : DocumentKind.values()) {
            String markdown = markdown(yaml, kind);
            assertThat(markdown).contains("""
                    | Outil | ✓ Autorisé | ⚠ Sous conditions | ✗ Interdit |
                    |---|---|---|---|
                    | Chatbot grand public |  | Informations publiques | Données de santé identifiantes des patients, \
                    extractions pseudonymisées pour l'évaluation des pratiques, données anonymisées ou agrégées et \
                    documents internes du service |
                    """);
            assertThat(markdown).contains("| Dictée HDS |  | Données de santé identifiantes des patients |  |\n")
                    .contains("**✗\u00A0Non prévu** : toute donnée que la ligne de l'outil ne cite pas \\(la charte ne prévoit "
                            + "pas cet usage, qui est donc interdit\\).")
                    .doesNotContain("<mark class=\"unaddressed\">")
                    .doesNotContain("Notes de service 1, ");
        }
    }

    @Test
    void moreRolesThanColumnsGiveOneLinePerUseWithItsRoles() {
        String markdown = markdown(widened("urgences-adultes.yaml", WideTables.MAX_STATUS_COLUMNS - 5, true), DocumentKind.CHARTER);

        assertThat(markdown).contains("""
                | Usage | Fonctions | Sous supervision |
                |---|---|---|
                | Rédaction des observations médicales et des courriers de sortie | Médecins urgentistes et internes | Externes |
                """)
                .contains("| Veille bibliographique et synthèse de recommandations | Toutes les fonctions |  |\n")
                .contains("Un usage n'est autorisé qu'aux fonctions citées sur sa ligne ; **sous supervision** :")
                .doesNotContain("case vide");
        // Eight data categories still fit as columns.
        assertThat(markdown).contains("| Outil | Notes de service 1 | ").contains("<mark class=\"unaddressed\">");
    }

    @Test
    void atTheThresholdTheTablesStay() {
        String markdown = markdown(widened("urgences-adultes.yaml", WideTables.MAX_STATUS_COLUMNS - 5, false),
                DocumentKind.CHARTER);

        assertThat(markdown).contains("| Outil | Notes de service 1 | Notes de service 2 | Notes de service 3 | ")
                .contains("| Usage | Médecins urgentistes | ").contains("case vide : usage non autorisé.")
                .doesNotContain("✓ Autorisé |").doesNotContain("toute donnée que la ligne");
    }

    @Test
    void theEnglishTemplatesListToo() {
        String markdown = markdown(widened("paediatrics-en.yaml", 4, true).replace("\nroles:\n  - { id: agent, label: Agent des"
                + " services hospitaliers, short_label: ASH,", "\nroles:\n  - { id: agent, label: Porter, short_label: Porters,")
                .replace("\nroles:\n", "\nroles:\n  - { id: clerk, label: Ward clerk, short_label: Clerks, kind: administrative }\n"
                        + "  - { id: volunteer, label: Volunteer, short_label: Volunteers, kind: technical }\n"), DocumentKind.CHARTER);

        assertThat(markdown).contains("| Tool | ✓ Allowed | ⚠ Under conditions | ✗ Forbidden |\n|---|---|---|---|\n")
                .contains("any data the tool's line does not name")
                .contains("| Use | Roles |").contains("A use is authorised only for the roles named on its line")
                .doesNotContain("<mark class=\"unaddressed\">");
    }

    /** The sample with {@code extraData} more internal data categories, and one more role when asked. */
    private static String widened(String sample, int extraData, boolean extraRole) {
        String text = sampleText(sample);
        String data = IntStream.rangeClosed(1, extraData)
                .mapToObj(i -> "  - { id: notes-" + i + ", label: Notes de service " + i + ", kind: internal }\n")
                .collect(Collectors.joining());
        text = replacingOnce(text, "\ndata:\n", "\ndata:\n" + data);
        if (extraRole) {
            text = replacingOnce(text, "\nroles:\n",
                    "\nroles:\n  - { id: agent, label: Agent des services hospitaliers, short_label: ASH, kind: technical }\n");
        }
        return text;
    }

    private static String markdown(String yaml, DocumentKind kind) {
        return COMPOSER.compose(questionnaire(yaml), kind, Optional.empty()).markdown();
    }
}
