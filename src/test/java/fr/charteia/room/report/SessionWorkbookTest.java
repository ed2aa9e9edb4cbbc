package fr.charteia.room.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionWorkbookTest {

    private XSSFWorkbook workbook;
    private final SessionFigures figures = SessionFigures.of(SessionSamples.material());

    @BeforeAll
    void reopen() throws Exception {
        workbook = new XSSFWorkbook(new ByteArrayInputStream(SessionReport.workbook(SessionSamples.material())));
    }

    @AfterAll
    void close() throws Exception {
        workbook.close();
    }

    @Test
    void itHasOneSheetPerPartOfTheReportEachWithAFrozenHeader() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
        assertThat(List.of(0, 1, 2, 3, 4)).extracting(i -> workbook.getSheetName(i))
                .containsExactly("Participants", "Positionnement", "Progression", "Situations", "Satisfaction");
        for (int i = 0; i < 5; i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(0)).as(sheet.getSheetName()).isGreaterThanOrEqualTo(8 * 256);
        }
    }

    @Test
    void participantsAreListedWithTheirReview() {
        XSSFSheet sheet = workbook.getSheet("Participants");
        assertThat(text(sheet.getRow(1), 1)).isEqualTo("Camille");
        assertThat(text(sheet.getRow(1), 5)).isEqualTo("repères validés");
        assertThat(text(sheet.getRow(2), 6)).isEqualTo("Précisez les données autorisées");
        assertThat(text(sheet.getRow(3), 2)).isEqualTo("Secrétariat & admissions");
        assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }

    @Test
    void positioningCellsAreTheFigures() {
        XSSFSheet sheet = workbook.getSheet("Positionnement");
        Row risks = sheet.getRow(1);
        assertThat(text(risks, SessionWorkbook.STATEMENT_COLUMN))
                .isEqualTo("Je sais identifier les principaux risques de l'IA à l'hôpital.");
        assertThat(risks.getCell(SessionWorkbook.MEAN_BEFORE_COLUMN).getNumericCellValue()).isEqualTo(2.0);
        assertThat(risks.getCell(SessionWorkbook.MEAN_AFTER_COLUMN).getNumericCellValue()).isCloseTo(11.0 / 3,
                within(1e-12));
        // counts per point, before (columns 8 to 11) then after (12 to 15)
        assertThat(List.of(8, 9, 10, 11, 12, 13, 14, 15)).extracting(c -> (int) risks.getCell(c).getNumericCellValue())
                .containsExactly(1, 1, 1, 0, 0, 0, 1, 2);
        for (int i = 0; i < figures.statements().size(); i++) {
            var statement = figures.statements().get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(text(row, SessionWorkbook.STATEMENT_COLUMN)).isEqualTo(statement.statement().text());
            if (statement.before().mean().isEmpty()) {
                assertThat(row.getCell(SessionWorkbook.MEAN_BEFORE_COLUMN).getCellType())
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            } else {
                assertThat(row.getCell(SessionWorkbook.MEAN_BEFORE_COLUMN).getNumericCellValue())
                        .isEqualTo(statement.before().mean().getAsDouble());
            }
        }
    }

    @Test
    void positioningHasANativeClusteredBarChartOfTwoSeriesDrawnFromItsCells() {
        XSSFSheet sheet = workbook.getSheet("Positionnement");
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XSSFChart chart = charts.get(0);
        assertThat(chart.getTitleText().getString()).contains("avant et après");
        List<XDDFChartData> data = chart.getChartSeries();
        assertThat(data).hasSize(1);
        XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
        assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
        assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.CLUSTERED);
        assertThat(bars.getSeriesCount()).isEqualTo(2);
        int last = figures.statements().size() + 1;
        XDDFChartData.Series before = bars.getSeries(0);
        XDDFChartData.Series after = bars.getSeries(1);
        assertThat(((XDDFBarChartData.Series) before).getCTBarSer().getTx().getV()).isEqualTo("Avant");
        assertThat(((XDDFBarChartData.Series) after).getCTBarSer().getTx().getV()).isEqualTo("Après");
        assertThat(before.getValuesData().getDataRangeReference()).isEqualTo("Positionnement!$D$2:$D$" + last);
        assertThat(after.getValuesData().getDataRangeReference()).isEqualTo("Positionnement!$E$2:$E$" + last);
        assertThat(before.getCategoryData().getDataRangeReference()).isEqualTo("Positionnement!$B$2:$B$" + last);
    }

    @Test
    void progressSituationsAndSatisfactionCellsAreTheFigures() {
        XSSFSheet progress = workbook.getSheet("Progression");
        assertThat(text(progress.getRow(1), 0)).isEqualTo("Camille");
        assertThat(progress.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1.5);
        assertThat(progress.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(2.0);
        assertThat(progress.getRow(2).getCell(7)).isNull();

        XSSFSheet situations = workbook.getSheet("Situations");
        Row chatbot = situations.getRow(1);
        assertThat(text(chatbot, 1)).isEqualTo("interdit");
        assertThat(List.of(2, 3, 4, 5, 6)).extracting(c -> (int) chatbot.getCell(c).getNumericCellValue())
                .containsExactly(0, 1, 2, 3, 2);
        assertThat(chatbot.getCell(7).getNumericCellValue()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(situations.getLastRowNum()).isEqualTo(2);

        XSSFSheet satisfaction = workbook.getSheet("Satisfaction");
        assertThat(satisfaction.getRow(1).getCell(SessionWorkbook.SATISFACTION_MEAN_COLUMN).getNumericCellValue())
                .isEqualTo(3.5);
        assertThat(satisfaction.getDrawingPatriarch().getCharts()).hasSize(1);
        boolean commented = false;
        for (Row row : satisfaction) {
            commented |= row.getCell(1) != null && "Très utile, merci !".equals(text(row, 1));
        }
        assertThat(commented).isTrue();
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }
}
