package fr.charteia.render.docx;

import fr.charteia.SampleDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.compose.ComposedDocument;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.compose.TemplateSet;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentParser;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.render.TextWidths;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Column widths follow the content, read back in twips from the reopened file (w:gridCol and
 * w:tcW): an e-mail address or a phone number fits its column whole, a yes/no column is narrow, a
 * tool's name column wide.
 */
class DocxColumnWidthsTest {

    private static WrittenDocx charter;

    @BeforeAll
    static void writeTheUrgencesCharter() throws Exception {
        Path sample = Path.of("samples/urgences-adultes.yaml");
        charter = WrittenDocx.of(SampleDocuments.tree(sample, DocumentKind.CHARTER));
    }

    @Test
    void everyEmailAddressAndPhoneNumberOfTheContactsFitsItsColumnWhole() {
        XWPFTable contacts = table("Fonction", "Nom", "Courriel", "Téléphone");
        List<String> emails = column(contacts, 2).stream().filter(text -> text.contains("@")).toList();
        List<String> phones = column(contacts, 3).stream().filter(text -> text.matches("[\\d\u00A0]+")).toList();
        assertThat(emails).containsExactly("dpo@ch-valmont.fr", "rssi@ch-valmont.fr", "referent-ia@ch-valmont.fr");
        assertThat(phones).as("digit groups joined by no-break spaces")
                .containsExactly("03\u00A080\u00A000\u00A000\u00A010", "03\u00A080\u00A000\u00A000\u00A020");

        List<Integer> grid = gridWidths(contacts);
        assertThat(grid.get(2)).as("e-mail column, twips").isGreaterThanOrEqualTo(room(emails));
        assertThat(grid.get(3)).as("phone column, twips").isGreaterThanOrEqualTo(room(phones));
        for (XWPFTableRow row : contacts.getRows()) {
            assertThat(IntStream.range(0, 4).map(c -> cellWidth(row.getCell(c))).boxed().toList()).isEqualTo(grid);
        }
    }

    @Test
    void aYesNoColumnIsNarrowAndTheToolNameColumnWide() {
        XWPFTable tools = table("Outil", "Type et accès", "Hébergement et contrat", "Réutilisation des saisies",
                "AIPD, registre, information des patients");
        assertThat(column(tools, 3)).containsOnly("non", "possible (non exclue)");
        List<Integer> grid = gridWidths(tools);
        assertThat(grid.get(0)).as("tool names").isEqualTo(grid.stream().mapToInt(Integer::intValue).max().orElseThrow());
        assertThat(grid.get(3)).as("yes / no").isEqualTo(grid.stream().mapToInt(Integer::intValue).min().orElseThrow())
                .isLessThan(grid.get(0) / 2);
        int headerWord = (int) Math.ceil(TextWidths.shipped().ems("Réutilisation", true)
                * DocxLayout.CHARTER.tableSize() * 10) + 2 * TableFormat.CELL_MARGIN_SIDE;
        assertThat(grid.get(3)).as("no narrower than its longest word").isGreaterThanOrEqualTo(headerWord);
    }

    /** Twips a text needs on one line in the table's type, plus the cell's side margins. */
    private static int room(List<String> texts) {
        double ems = texts.stream().mapToDouble(text -> TextWidths.shipped().ems(text, false)).max().orElseThrow();
        return (int) Math.ceil(ems * DocxLayout.CHARTER.tableSize() * 10) + 2 * TableFormat.CELL_MARGIN_SIDE;
    }

    private static XWPFTable table(String... header) {
        return charter.tables().stream().filter(t -> WrittenDocx.rowTexts(t.getRow(0)).equals(List.of(header)))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + List.of(header)));
    }

    private static List<String> column(XWPFTable table, int column) {
        return table.getRows().subList(1, table.getRows().size()).stream()
                .map(row -> WrittenDocx.cellText(row.getCell(column))).toList();
    }

    private static List<Integer> gridWidths(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream().map(c -> ((Number) c.getW()).intValue()).toList();
    }

    private static int cellWidth(XWPFTableCell cell) {
        return ((Number) cell.getCTTc().getTcPr().getTcW().getW()).intValue();
    }
}
