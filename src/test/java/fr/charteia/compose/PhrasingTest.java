package fr.charteia.compose;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.compose.Phrasing.Conjunction;
import fr.charteia.model.DocumentLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grammar of running text: capitals, lists, elision, titles before names. */
class PhrasingTest {

    private static final Phrasing FRENCH = Phrasing.of(DocumentLanguage.FR);
    private static final Phrasing ENGLISH = Phrasing.of(DocumentLanguage.EN);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Données de santé identifiantes des patients | données de santé identifiantes des patients",
            "Étudiant·e en soins infirmiers | étudiant·e en soins infirmiers",
            "Aide-soignant·e (AS) | aide-soignant·e (AS)",
            "Interne de médecine d'urgence | interne de médecine d'urgence",
            "L'équipe de nuit | l'équipe de nuit",
            "IDE et IOA | IDE et IOA",
            "IRM et scanner | IRM et scanner",
            "ChatGPT en compte gratuit | ChatGPT en compte gratuit",
            "A | A",
            "déjà en minuscules | déjà en minuscules",
            "M365 Copilot | M365 Copilot"})
    void labelsLoseTheirCapitalInRunningTextButAcronymsAndNamesKeepTheirs(String label, String inText) {
        assertThat(FRENCH.inText(label)).isEqualTo(inText);
        assertThat(ENGLISH.inText(label)).isEqualTo(inText);
    }

    @Test
    void listsAreJoinedWithTheConjunctionOfTheLanguage() {
        assertThat(FRENCH.join(List.of("a", "b", "c"), Conjunction.AND)).isEqualTo("a, b et c");
        assertThat(FRENCH.join(List.of("a", "b"), Conjunction.OR)).isEqualTo("a ou b");
        assertThat(FRENCH.join(List.of("a", "b"), Conjunction.NOR)).isEqualTo("a ni b");
        assertThat(FRENCH.join(List.of("seul"), Conjunction.AND)).isEqualTo("seul");
        assertThat(FRENCH.join(List.of(), Conjunction.AND)).isEmpty();
        assertThat(ENGLISH.join(List.of("a", "b", "c"), Conjunction.AND)).isEqualTo("a, b and c");
        assertThat(ENGLISH.join(List.of("a", "b"), Conjunction.NOR)).isEqualTo("a or b");
    }

    @Test
    void frenchNegationsElideDeBeforeAVowelOrAMuteHAndJoinWithNi() {
        assertThat(FRENCH.noneOf(List.of("Images et comptes rendus identifiants", "Données de santé", "Extractions du DIM")))
                .isEqualTo("d'images et comptes rendus identifiants, de données de santé ni d'extractions du DIM");
        assertThat(FRENCH.noneOf(List.of("Historique des séjours"))).isEqualTo("d'historique des séjours");
        assertThat(FRENCH.noneOf(List.of("Handicap déclaré des agents"))).isEqualTo("de handicap déclaré des agents");
        assertThat(FRENCH.noneOf(List.of("IRM du service"))).isEqualTo("d'IRM du service");
        assertThat(FRENCH.noneOf(List.of("Écrits"))).isEqualTo("d'écrits");
        assertThat(ENGLISH.noneOf(List.of("Identifiable patient data", "Internal documents")))
                .isEqualTo("identifiable patient data or internal documents");
    }

    @Test
    void aFrenchCellListKeepsItsFirstCapitalOnly() {
        assertThat(FRENCH.cellList(List.of("Médecins", "Internes", "IDE"))).isEqualTo("Médecins, internes et IDE");
    }

    @Test
    void doctorsAndProfessorsAreTheDrAndThePrInFrenchRunningText() {
        assertThat(FRENCH.person("Dr Nadia Benali")).isEqualTo("le Dr Nadia Benali");
        assertThat(FRENCH.person("Pr Jean Martin")).isEqualTo("le Pr Jean Martin");
        assertThat(FRENCH.person("Drissa Koné")).isEqualTo("Drissa Koné");
        assertThat(FRENCH.person("Hélène Garnier")).isEqualTo("Hélène Garnier");
        assertThat(ENGLISH.person("Dr Nadia Benali")).isEqualTo("Dr Nadia Benali");
    }
}
