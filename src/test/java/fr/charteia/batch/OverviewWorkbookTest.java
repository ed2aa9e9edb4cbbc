package fr.charteia.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.load.SourcePosition;
import fr.charteia.validation.Finding;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook made from summaries written by hand, without running any department. */
class OverviewWorkbookTest {

    private static final LocalDate RUN = LocalDate.of(2027, 3, 1);
    private static final RunInfo INFO = new RunInfo(RUN, "chartes", "out", List.of("docx", "pdf"), "fr");

    private static FileOutcome department(String path, String name, LocalDate review, Verdict verdict,
            List<Finding> findings, List<ToolGrant> grants) {
        return new FileOutcome(path, FileKind.SERVICE, Optional.of(name), Optional.of("Pôle A"), Optional.of("REF-" + name),
                Optional.of("1.0"), Optional.of(review.minusYears(1)), Optional.of(review), verdict,
                findings.stream().filter(Finding::isError).count(), findings.stream().filter(f -> !f.isError()).count(),
                findings, verdict.failed() ? List.of() : List.of("a/x.docx", "a/x.pdf"), Optional.empty(), List.of(), grants);
    }

    private static final Finding ERROR = new Finding(RuleCode.values()[0], Severity.ERROR, "authorised[1].tools[0]",
            "Le message de l'erreur.", Optional.of(new SourcePosition(42, 7)));

    private static XSSFWorkbook book(List<FileOutcome> outcomes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(OverviewWorkbook.of(INFO, outcomes)));
    }

    @Test
    void reviewsAreJudgedAgainstTheRunDayWithAWordAndAColour() throws IOException {
        List<FileOutcome> outcomes = List.of(
                department("a.yaml", "Overdue", RUN.minusDays(1), Verdict.VALID, List.of(), List.of()),
                department("b.yaml", "Soon", RUN.plusDays(60), Verdict.VALID, List.of(), List.of()),
                department("c.yaml", "Later", RUN.plusDays(61), Verdict.VALID, List.of(), List.of()));
        try (XSSFWorkbook workbook = book(outcomes)) {
            XSSFSheet services = workbook.getSheet(OverviewWorkbook.SERVICES);
            assertThat(services.getRow(1).getCell(8).getStringCellValue()).isEqualTo("dépassée");
            assertThat(services.getRow(2).getCell(8).getStringCellValue()).isEqualTo("sous 60 jours");
            assertThat(services.getRow(3).getCell(8).getStringCellValue()).isEqualTo("à jour");
            assertThat(fill(services.getRow(1), 8)).isEqualTo("FFF8CBAD");
            assertThat(fill(services.getRow(2), 8)).isEqualTo("FFFFE699");
            assertThat(services.getRow(3).getCell(8).getCellStyle().getFillForegroundColorColor()).isNull();
            assertThat(fill(services.getRow(1), 7)).isEqualTo("FFF8CBAD"); // the date itself too
            assertThat(services.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(services.getRow(1).getCell(9).getStringCellValue()).isEqualTo("valide");
            assertThat(fill(services.getRow(1), 9)).isEqualTo("FFC6EFCE");
            assertThat(services.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void aToolSharedByDepartmentsIsOneRowWithACellPerDepartment() throws IOException {
        ToolGrant dictation = new ToolGrant("dictee", "Dictée HDS", List.of("Données de santé identifiantes"));
        ToolGrant office = new ToolGrant("bureautique", "Assistant bureautique", List.of("Documents internes", "Informations publiques"));
        List<FileOutcome> outcomes = List.of(
                department("a.yaml", "Urgences", RUN.plusYears(1), Verdict.VALID, List.of(), List.of(dictation, office)),
                department("b.yaml", "Pharmacie", RUN.plusYears(1), Verdict.VALID, List.of(), List.of(office)),
                department("c.yaml", "Cardiologie", RUN.plusYears(1), Verdict.ERRORS, List.of(ERROR), List.of()));
        try (XSSFWorkbook workbook = book(outcomes)) {
            XSSFSheet tools = workbook.getSheet(OverviewWorkbook.TOOLS);
            assertThat(texts(tools.getRow(0))).containsExactly("Outil", "Identifiant", "Urgences", "Pharmacie", "Cardiologie");
            assertThat(tools.getLastRowNum()).isEqualTo(2);
            assertThat(tools.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Dictée HDS");
            assertThat(tools.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Données de santé identifiantes");
            assertThat(tools.getRow(1).getCell(3)).isNull();
            assertThat(tools.getRow(2).getCell(1).getStringCellValue()).isEqualTo("bureautique");
            assertThat(tools.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Documents internes\nInformations publiques");
            assertThat(tools.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Documents internes\nInformations publiques");
            assertThat(tools.getRow(2).getCell(3).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void everyFindingAndEveryGenerationFailureIsARowOfConstats() throws IOException {
        FileOutcome failed = new FileOutcome("d/e.yaml", FileKind.SERVICE, Optional.of("Bloqué"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Verdict.ERRORS, 0, 0, List.of(),
                List.of(), Optional.of("Le dossier est en lecture seule."), List.of(), List.of());
        FileOutcome unreadable = new FileOutcome("f.yaml", FileKind.SERVICE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Verdict.UNREADABLE, 1, 0,
                List.of(ERROR), List.of(), Optional.empty(), List.of(), List.of());
        List<FileOutcome> outcomes = List.of(
                department("c.yaml", "Cardiologie", RUN.plusYears(1), Verdict.ERRORS, List.of(ERROR), List.of()), failed,
                unreadable);
        try (XSSFWorkbook workbook = book(outcomes)) {
            XSSFSheet findings = workbook.getSheet(OverviewWorkbook.FINDINGS);
            assertThat(findings.getLastRowNum()).isEqualTo(3);
            assertThat(texts(findings.getRow(1))).containsExactly("Cardiologie", "c.yaml", ERROR.code().code(), "erreur",
                    "authorised[1].tools[0]", "", "Le message de l'erreur.").hasSize(7);
            assertThat(findings.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(42);
            assertThat(findings.getRow(2).getCell(2).getStringCellValue()).isEqualTo("génération");
            assertThat(findings.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Le dossier est en lecture seule.");
            assertThat(findings.getRow(3).getCell(0).getStringCellValue()).isEqualTo("f.yaml"); // no name: its path
            XSSFSheet services = workbook.getSheet(OverviewWorkbook.SERVICES);
            assertThat(services.getRow(3).getCell(9).getStringCellValue()).isEqualTo("illisible");
            assertThat(services.getRow(3).getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(findings.getColumnWidth(6)).isLessThanOrEqualTo(90 * 256);
            assertThat(findings.getColumnWidth(1)).isGreaterThanOrEqualTo(8 * 256);
        }
    }

    @Test
    void theWorkbookIsDatedByTheRunDayOnly() throws IOException {
        try (XSSFWorkbook workbook = book(List.of())) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("charte-ia");
            assertThat(core.getTitle()).contains("chartes");
            assertThat(core.getCreated().toInstant().toString()).isEqualTo("2027-03-01T00:00:00Z");
            assertThat(workbook.getSheet(OverviewWorkbook.SERVICES).getLastRowNum()).isZero();
        }
    }

    private static String fill(Row row, int column) {
        return ((XSSFCellStyle) row.getCell(column).getCellStyle()).getFillForegroundColorColor().getARGBHex();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? ""
                    : cell.getStringCellValue());
        }
        return texts;
    }
}
