package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** Markdown tables: repeated shaded header, unsplittable rows, widths, status colours, signature rows. */
class DocxTablesTest {

    @Test
    void statusCellsAreShadedByStatusWithTheirWordInBold() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFTable matrix = matrix(docx);
            assertThat(fills(matrix.getRow(1))).containsExactly(null, "E57373", "E57373", "C6EFCE");
            assertThat(fills(matrix.getRow(2))).containsExactly(null, "E57373", "FFB74D", "C6EFCE");
            assertThat(fills(matrix.getRow(3))).containsExactly(null, "FFB74D", "FFB74D", "C6EFCE");
            assertThat(WrittenDocx.rowTexts(matrix.getRow(1)))
                    .containsExactly("Assistant grand public", "Interdit", "Interdit*", "Autorisé");
            for (int column = 1; column < 4; column++) {
                List<XWPFRun> runs = matrix.getRow(2).getCell(column).getParagraphs().get(0).getRuns();
                assertThat(runs).isNotEmpty().allMatch(WrittenDocx::strong);
            }
            assertThat(matrix.getRow(1).getCell(0).getParagraphs().get(0).getRuns()).noneMatch(WrittenDocx::strong);
        }
    }

    @Test
    void headerRowIsRepeatedShadedAndBoldAndNoRowSplits() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFTable matrix = matrix(docx);
            XWPFTableRow header = matrix.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(fills(header)).containsOnly(DocxPalette.TABLE_HEADER_FILL);
            assertThat(header.getCell(0).getParagraphs().get(0).getRuns()).allMatch(WrittenDocx::strong);
            assertThat(matrix.getRows().subList(1, matrix.getRows().size())).noneMatch(XWPFTableRow::isRepeatHeader);
            assertThat(matrix.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
        }
    }

    @Test
    void matrixFillsTheWidthWithAWiderFirstColumn() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            List<Integer> widths = gridWidths(matrix(docx));
            assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isEqualTo(DocxLayout.CHARTER.textWidth());
            assertThat(widths.get(0)).isGreaterThan(widths.get(1));
            assertThat(widths.subList(1, 4)).allMatch(w -> Math.abs(w - widths.get(1)) <= 1);
        }
    }

    @Test
    void otherTablesShareTheWidthByTheirContent() throws Exception {
        String markdown = """
                | Usage | Conditions |
                |---|---|
                | Courriers | Relire et valider chaque courrier avant envoi, sans aucune donnée identifiante. |
                """;
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocumentFixtures.charterMeta()))) {
            List<Integer> widths = gridWidths(docx.tables().get(0));
            assertThat(widths.get(0) + widths.get(1)).isEqualTo(DocxLayout.CHARTER.textWidth());
            assertThat(widths.get(1)).isGreaterThan(2 * widths.get(0));
        }
    }

    @Test
    void signatureFormsHaveTallEqualRows() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFTable signatures = docx.tables().get(docx.tables().size() - 1);
            assertThat(WrittenDocx.rowTexts(signatures.getRow(0))).containsExactly("Nom et prénom", "Fonction", "Date",
                    "Signature");
            assertThat(signatures.getRows()).hasSize(3);
            for (XWPFTableRow row : signatures.getRows().subList(1, 3)) {
                assertThat(row.getHeight()).isEqualTo(DocxTables.SIGNATURE_ROW_HEIGHT);
                assertThat(row.getHeightRule()).isEqualTo(TableRowHeightRule.AT_LEAST);
            }
            List<Integer> widths = gridWidths(signatures);
            assertThat(widths.stream().distinct().count()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void tablesNeverTouchSoWordCannotMergeThem() throws Exception {
        String markdown = """
                | A | B |
                |---|---|
                | 1 | 2 |

                > [!WARNING]
                > Attention.

                | C | D |
                |---|---|
                | 3 | 4 |
                """;
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocumentFixtures.charterMeta()))) {
            List<IBodyElement> elements = docx.document.getBodyElements();
            assertThat(docx.tables()).hasSize(3);
            IntStream.range(1, elements.size()).forEach(i -> assertThat(
                    elements.get(i - 1).getElementType() == BodyElementType.TABLE
                            && elements.get(i).getElementType() == BodyElementType.TABLE)
                    .as("elements %d and %d are both tables", i - 1, i).isFalse());
            assertThat(elements.get(elements.size() - 1)).isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void calloutsAreShadedBoxesWithAColouredLeftBorder() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFTableCell important = cellReading(docx, "Tout ce qui n'est pas autorisé par la présente charte est interdit.");
            XWPFTableCell note = cellReading(docx, "Les contenus produits par l'IA ne sont que des propositions.");
            assertThat(important.getColor()).isEqualTo("FBE4D5");
            assertThat(note.getColor()).isEqualTo("DEEAF6");
            assertThat(leftBorder(important)).isEqualTo("C55A11");
            assertThat(leftBorder(note)).isEqualTo("2F5597");
            assertThat(important.getParagraphs().get(0).getStyle()).isEqualTo("CalloutText");
            assertThat(important.getParagraphs().get(0).getRuns()).anyMatch(run -> WrittenDocx.strong(run)
                    && run.text().equals("interdit"));
            assertThat(important.getTableRow().isCantSplitRow()).isTrue();
        }
    }

    private static XWPFTable matrix(WrittenDocx docx) {
        return docx.tables().stream().filter(t -> WrittenDocx.cellText(t.getRow(0).getCell(0)).equals("Outil"))
                .findFirst().orElseThrow();
    }

    private static XWPFTableCell cellReading(WrittenDocx docx, String text) {
        return docx.tables().stream().filter(t -> t.getRows().size() == 1 && t.getRow(0).getTableCells().size() == 1)
                .map(t -> t.getRow(0).getCell(0)).filter(c -> WrittenDocx.cellText(c).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no callout reads " + text));
    }

    private static String leftBorder(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr().getTcBorders().getLeft().xgetColor().getStringValue();
    }

    private static List<String> fills(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getColor).toList();
    }

    private static List<Integer> gridWidths(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream()
                .map(col -> ((BigInteger) col.getW()).intValueExact()).toList();
    }
}
