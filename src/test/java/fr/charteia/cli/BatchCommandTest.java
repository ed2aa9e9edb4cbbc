package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch run over a tree holding valid departments and broken files of every kind: the broken ones
 * are reported, the others get their documents, and the report and the workbook say so.
 */
class BatchCommandTest {

    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path temp;

    private static Path in;
    private static Path out;
    private static CommandLineRun run;
    private static boolean unreadableMade;
    private static final LocalDate REVIEW_SOON = LocalDate.now().plusDays(30);

    @BeforeAll
    static void runBatchOverABrokenTree() throws IOException {
        in = temp.resolve("questionnaires");
        out = temp.resolve("sortie");
        copy("urgences-adultes.yaml", "pole-a/urgences-adultes.yaml");
        // the same department name in another folder: its files go to a folder of their own
        copy("urgences-adultes.yaml", "pole-d/urgences-adultes.yaml");
        String imagerie = Files.readString(SAMPLES.resolve("imagerie-medicale.yaml"), StandardCharsets.UTF_8)
                .replace("effective_date: 2027-01-11", "effective_date: " + REVIEW_SOON.minusYears(1))
                .replace("review_date: 2028-01-11", "review_date: " + REVIEW_SOON);
        write("pole-a/imagerie-medicale.yaml", imagerie);
        write("pole-b/syntaxe.yaml", "schema: charte-ia/1\nservice: [\n");
        Files.copy(SAMPLES.resolve("invalid/d-transfer.yaml"), in.resolve("pole-b/d-transfer.yaml"));
        copy("pharmacie-pui.yaml", "pole-c/pharmacie-pui.yaml");
        write(".brouillons/cache.yaml", "not: even a questionnaire\n");
        Path unreadable = write("pole-b/illisible.yaml", Files.readString(SAMPLES.resolve("pharmacie-pui.yaml")));
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        unreadableMade = !Files.isReadable(unreadable);
        if (!unreadableMade) {
            Files.delete(unreadable); // root reads everything: this part of the test cannot be played
        }
        // a file where the pharmacy's folder of documents should be: its documents cannot be written
        Files.createDirectories(out.resolve("pole-c"));
        Files.writeString(out.resolve("pole-c/pharmacie-pui"), "en travers");

        run = CommandLineRun.of("batch", in.toString(), "--out", out.toString(), "--jobs", "2", "--format", "docx,pdf");
    }

    private static void copy(String sample, String to) throws IOException {
        write(to, Files.readString(SAMPLES.resolve(sample), StandardCharsets.UTF_8));
    }

    private static Path write(String relative, String text) throws IOException {
        Path file = in.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void oneBrokenFileDoesNotStopTheOthersAndTheRunEndsWithOne() {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("pole-b/syntaxe.yaml : ILLISIBLE : aucun document produit",
                "pole-b/d-transfer.yaml : NON VALIDE (1 erreur, 0 avertissement) : aucun document produit",
                "pole-c/pharmacie-pui.yaml : valide, mais ses documents n'ont pas pu être produits :",
                "Rien n'a été écrit pour ce service",
                "Écrit : " + out.resolve("rapport.json"), "Écrit : " + out.resolve("synthese.xlsx"));
        assertThat(run.out()).doesNotContain("cache.yaml");
        if (unreadableMade) {
            assertThat(run.out()).contains("pole-b/illisible.yaml : ILLISIBLE");
        }
    }

    @Test
    void withoutAConsoleEachFileGetsAPlainLineAndTheSummaryTableFollows() {
        int files = unreadableMade ? 7 : 6;
        assertThat(run.out()).doesNotContain("\r").doesNotContain("[#")
                .contains("[1/" + files + "] ", "[" + files + "/" + files + "] ");
        assertThat(run.out()).containsPattern("\nFichier +Service +Verdict +Erreurs +Avertissements +Fichiers écrits\n")
                .containsPattern("\n[^\n]*urgences-adultes.yaml +Urgences adultes \\(SAU\\) +avertissements +0 +1 +4\n")
                .containsPattern("\n[^\n]*\\.yaml +Consultations de cardiologie +erreurs +1 +0 +0\n")
                .containsPattern("\n[^\n]*\\.yaml +Pharmacie à usage intérieur \\(PUI\\) +non produit +0 +0 +0\n")
                .contains("Total : " + files + " fichiers.");
    }

    @Test
    void validDepartmentsGetTheirDocumentsEachInTheFolderOfItsPath() throws IOException {
        for (String folder : List.of("pole-a/urgences-adultes", "pole-d/urgences-adultes")) {
            Path pdf = out.resolve(folder).resolve("charte-ia-urgences-adultes-sau.pdf");
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).isGreaterThan(1);
            }
            try (InputStream bytes = Files.newInputStream(out.resolve(folder).resolve("fiche-ia-urgences-adultes-sau.docx"));
                    XWPFDocument docx = new XWPFDocument(bytes);
                    XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                assertThat(text.getText()).contains("Urgences adultes (SAU)");
            }
        }
        assertThat(out.resolve("pole-a/imagerie-medicale/charte-ia-imagerie-medicale.docx")).isRegularFile();
        assertThat(out.resolve("pole-c/pharmacie-pui")).isRegularFile().hasContent("en travers");
        assertThat(out.resolve("pole-b")).doesNotExist();
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(3 * 4 + 1 + 2);
        }
    }

    @Test
    void theReportGivesEachFileItsVerdictFindingsAndFiles() throws IOException {
        JsonNode report = JsonMapper.builder().build().readTree(out.resolve("rapport.json").toFile());
        assertThat(report.path("date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(report.path("folder").asText()).isEqualTo(in.toString());
        assertThat(report.path("formats")).hasToString("[\"docx\",\"pdf\"]");
        Map<String, JsonNode> files = new HashMap<>();
        report.path("files").forEach(file -> files.put(file.path("path").asText(), file));
        List<String> paths = new ArrayList<>();
        report.path("files").forEach(file -> paths.add(file.path("path").asText()));
        assertThat(paths).startsWith("pole-a/imagerie-medicale.yaml", "pole-a/urgences-adultes.yaml")
                .contains("pole-b/syntaxe.yaml", "pole-c/pharmacie-pui.yaml", "pole-d/urgences-adultes.yaml");
        assertThat(report.path("counts").path("files").asInt()).isEqualTo(paths.size());
        assertThat(report.path("counts").path("written").asInt()).isEqualTo(12);

        JsonNode urgences = files.get("pole-a/urgences-adultes.yaml");
        assertThat(urgences.path("kind").asText()).isEqualTo("service");
        assertThat(urgences.path("department").asText()).isEqualTo("Urgences adultes (SAU)");
        assertThat(urgences.path("reference").asText()).isEqualTo("QUA-IA-URG-001");
        assertThat(urgences.path("verdict").asText()).isEqualTo("avertissements");
        assertThat(urgences.path("written")).hasSize(4);
        assertThat(urgences.path("written").get(0).asText()).isEqualTo("pole-a/urgences-adultes/charte-ia-urgences-adultes-sau.docx");

        assertThat(files.get("pole-b/syntaxe.yaml").path("verdict").asText()).isEqualTo("illisible");
        assertThat(files.get("pole-b/syntaxe.yaml").path("written")).isEmpty();
        JsonNode invalid = files.get("pole-b/d-transfer.yaml");
        assertThat(invalid.path("verdict").asText()).isEqualTo("erreurs");
        assertThat(invalid.path("errors").asInt()).isEqualTo(1);
        // exactly what validate --format json says of the same file
        JsonNode validated = JsonMapper.builder().build().readTree(
                CommandLineRun.of("validate", "--format", "json", in.resolve("pole-b/d-transfer.yaml").toString()).out());
        assertThat(invalid.path("findings")).isEqualTo(validated.get(0).path("findings"));

        JsonNode blocked = files.get("pole-c/pharmacie-pui.yaml");
        assertThat(blocked.path("verdict").asText()).isEqualTo("erreurs");
        assertThat(blocked.path("errors").asInt()).isZero();
        assertThat(blocked.path("failure").asText()).contains("Rien n'a été écrit pour ce service");
        assertThat(blocked.path("written")).isEmpty();
        if (unreadableMade) {
            assertThat(files.get("pole-b/illisible.yaml").path("verdict").asText()).isEqualTo("illisible");
        }
    }

    @Test
    void theWorkbookHasItsThreeSheetsWithHeadersFiltersAndRealDates() throws IOException {
        try (InputStream bytes = Files.newInputStream(out.resolve("synthese.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(bytes)) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Services", "Outils × services", "Constats");
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("charte-ia");
            for (int s = 0; s < 3; s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            }
            XSSFSheet services = workbook.getSheet("Services");
            assertThat(texts(services.getRow(0))).startsWith("Service", "Pôle / unité", "Fichier", "Type", "Référence",
                    "Version", "Date d'application", "Date de révision", "Révision", "Verdict", "Erreurs");
            Row urgences = rowWith(services, 2, "pole-a/urgences-adultes.yaml");
            assertThat(urgences.getCell(0).getStringCellValue()).isEqualTo("Urgences adultes (SAU)");
            assertThat(urgences.getCell(4).getStringCellValue()).isEqualTo("QUA-IA-URG-001");
            Cell review = urgences.getCell(7);
            assertThat(review.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(review)).isTrue();
            assertThat(review.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2028, 1, 4));
            assertThat(urgences.getCell(8).getStringCellValue()).isEqualTo("à jour");
            assertThat(urgences.getCell(9).getStringCellValue()).isEqualTo("avertissements");
            Row imagerie = rowWith(services, 2, "pole-a/imagerie-medicale.yaml");
            assertThat(imagerie.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(REVIEW_SOON);
            assertThat(imagerie.getCell(8).getStringCellValue()).isEqualTo("sous 60 jours");
            assertThat(imagerie.getCell(8).getCellStyle().getFillForegroundColorColor()).isNotNull();
            assertThat(rowWith(services, 2, "pole-b/d-transfer.yaml").getCell(0).getStringCellValue())
                    .isEqualTo("Consultations de cardiologie"); // named although it has errors

            XSSFSheet tools = workbook.getSheet("Outils × services");
            List<String> departments = texts(tools.getRow(0));
            assertThat(departments).startsWith("Outil", "Identifiant").contains("Urgences adultes (SAU)");
            Row dictation = rowWith(tools, 1, "dictee-hds");
            assertThat(dictation.getCell(departments.indexOf("Urgences adultes (SAU)")).getStringCellValue())
                    .contains("Données de santé identifiantes");

            XSSFSheet findings = workbook.getSheet("Constats");
            assertThat(texts(findings.getRow(0))).containsExactly("Service", "Fichier", "Code", "Gravité", "Chemin",
                    "Ligne", "Message");
            Row transfer = rowWith(findings, 1, "pole-b/d-transfer.yaml");
            assertThat(transfer.getCell(2).getStringCellValue()).isEqualTo("D-HEALTH-HOSTING");
            assertThat(transfer.getCell(3).getStringCellValue()).isEqualTo("erreur");
            assertThat(transfer.getCell(5).getNumericCellValue()).isPositive();
            assertThat(rowWith(findings, 1, "pole-c/pharmacie-pui.yaml").getCell(2).getStringCellValue())
                    .isEqualTo("génération");
        }
    }

    @Test
    void aMissingFolderIsAUsageMistake() {
        CommandLineRun missing = CommandLineRun.of("batch", temp.resolve("absent").toString(), "--out",
                temp.resolve("x").toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Le dossier " + temp.resolve("absent") + " n'existe pas ou n'est pas un dossier");
    }

    @Test
    void anOutputFolderThatCannotBeMadeStopsTheRunBeforeAnything() throws IOException {
        Path file = Files.writeString(temp.resolve("un-fichier"), "x");
        CommandLineRun blocked = CommandLineRun.of("batch", in.toString(), "--out", file.resolve("sortie").toString());

        assertThat(blocked.exitCode()).isEqualTo(2);
        assertThat(blocked.err()).contains("Aucun questionnaire n'a été traité.");
        assertThat(blocked.out()).doesNotContain("[1/");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Row rowWith(XSSFSheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in column " + column + " of " + sheet.getSheetName());
    }
}
