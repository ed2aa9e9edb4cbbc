package fr.charteia.compose;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.EstablishmentFixtures;
import fr.charteia.SampleDocuments;
import fr.charteia.document.DocumentKind;
import org.junit.jupiter.api.Test;

/** The baseline prohibitions, written on kinds, as the establishment charter and a department's documents say them. */
class BaselineProhibitionsTest {

    @Test
    void theEstablishmentCharterNamesTheKinds() {
        String markdown = SampleDocuments.toolkit().compose(EstablishmentFixtures.checkedEstablishment(), DocumentKind.CHARTER)
                .markdown();

        assertThat(markdown).contains("| **Copilot et Traducteur** : jamais de données de santé identifiantes ni de données de "
                + "santé pseudonymisées | L'établissement n'a pas de contrat d'hébergement de données de santé \\(HDS\\)");
        assertThat(markdown).contains("| **Codage** : interdit, quel que soit l'outil — fonctions concernées : étudiant ou stagiaire |");
    }

    @Test
    void aDepartmentCharterNamesItsOwnDataUsesRolesAndToolsOfThoseKinds() {
        String markdown = SampleDocuments.toolkit().compose(EstablishmentFixtures.urgences(true), DocumentKind.CHARTER).markdown();
        String fromEstablishment = markdown.substring(markdown.indexOf("## 4.1 Fixés par l'établissement"),
                markdown.indexOf("## 4.2 Propres au service"));

        // the department does not use Traducteur: only Copilot is named; its data of the kinds replace the kinds' words
        assertThat(fromEstablishment).contains("| **Copilot** : jamais de données de santé identifiantes des patients ni "
                + "d'extractions pseudonymisées pour l'évaluation des pratiques |");
        assertThat(fromEstablishment).contains("| **Aide au codage du RPU et des actes \\(CIM\\-10, CCAM\\)** : interdit, quel que "
                + "soit l'outil — fonctions concernées : externes et étudiants infirmiers |");
        // a kind the department has nothing of keeps its word
        assertThat(fromEstablishment).contains("de données personnelles ni de documents internes du service |");
    }

    @Test
    void withoutBaselineNothingIsSaidOfAnEstablishment() {
        String markdown = SampleDocuments.toolkit().compose(EstablishmentFixtures.urgences(false), DocumentKind.CHARTER).markdown();

        assertThat(markdown).doesNotContain("Cadre commun", "catalogue de l'établissement", "Fixés par l'établissement")
                .contains("# 2. Définitions", "# 8. Vérifier et garder la main", "# Annexe A. Références");
    }
}
