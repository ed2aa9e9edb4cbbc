package fr.charteia.compose;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.compose.DocumentView.HistoryRow;
import fr.charteia.model.HistoryEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A version's changes, written on several lines, fit the one paragraph of a table cell. */
class HistoryRowsTest {

    private final HistoryRows rows = new HistoryRows(DateText.of("d MMMM yyyy", Locale.FRANCE, "1er"), " ; ");

    @Test
    void dashLinesAreJoinedWithTheListSeparatorAndTheHeadingRunsIntoTheFirst() {
        String changes = "Modifications par rapport à la version 1.0 :\n- Nouvel outil : Copilot.\n- Date de révision : 1er juin 2028\n";

        assertThat(rows.changes(changes)).isEqualTo(
                "Modifications par rapport à la version 1.0 : Nouvel outil : Copilot ; Date de révision : 1er juin 2028");
    }

    @Test
    void aSingleLineStaysAsWrittenAndBlankLinesDisappear() {
        assertThat(rows.changes("Création de la charte.")).isEqualTo("Création de la charte.");
        assertThat(rows.changes("Première ligne\n\n  \nSeconde ligne")).isEqualTo("Première ligne ; Seconde ligne");
    }

    @Test
    void datesAreInWordsAndAMissingAuthorIsSaid() {
        List<HistoryRow> history = rows.of(List.of(
                new HistoryEntry("1.0", LocalDate.of(2027, 2, 1), Optional.empty(), "Création.")));

        assertThat(history).containsExactly(new HistoryRow("1.0", "1er février 2027", "", false, "Création."));
    }
}
