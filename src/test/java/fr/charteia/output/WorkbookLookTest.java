package fr.charteia.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookLookTest {

    @Test
    void aLineLongerThanTheColumnWrapsAndEachLineBreakStartsALine() {
        // a 10-digit column holds about 11 letters
        assertThat(WorkbookLook.lines("court", 10)).isEqualTo(1);
        assertThat(WorkbookLook.lines("x".repeat(12), 10)).isEqualTo(2);
        assertThat(WorkbookLook.lines("un\ndeux\n", 10)).isEqualTo(3);
    }

    @Test
    void theDefaultAndBoldFontsShareTheFamilyAndSize() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = WorkbookLook.fonts(workbook);
            assertThat(workbook.getFontAt(0).getFontName()).isEqualTo("Arial");
            assertThat(workbook.getFontAt(0).getFontHeightInPoints()).isEqualTo((short) 10);
            assertThat(bold.getBold()).isTrue();
            assertThat(bold.getFontName()).isEqualTo("Arial");
        }
    }
}
