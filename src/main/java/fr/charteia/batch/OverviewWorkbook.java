package fr.charteia.batch;

import static fr.charteia.output.WorkbookLook.HEADER_FILL;
import static fr.charteia.output.WorkbookLook.LETTERS_PER_DIGIT;
import static fr.charteia.output.WorkbookLook.LINE_POINTS;
import static fr.charteia.output.WorkbookLook.NARROWEST;
import static fr.charteia.output.WorkbookLook.rgb;

import fr.charteia.validation.Finding;
import fr.charteia.validation.Severity;
import fr.charteia.output.WorkbookLook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * {@code synthese.xlsx}, the overview a quality manager opens in Excel or LibreOffice: « Services »
 * (one row per file, review dates judged against the run's day), « Outils × services » (which data
 * kinds each department authorises for each tool) and « Constats » (every finding). Every colour
 * comes with a word, so that the workbook reads printed in black and white. Rows are streamed to
 * disk as they are made (SXSSF): a thousand departments' findings do not stay in memory.
 */
public final class OverviewWorkbook {

    public static final String SERVICES = "Services";
    public static final String TOOLS = "Outils × services";
    public static final String FINDINGS = "Constats";

    static final List<String> SERVICE_HEADERS = List.of("Service", "Pôle / unité", "Fichier", "Type", "Référence",
            "Version", "Date d'application", "Date de révision", "Révision", "Verdict", "Erreurs", "Avertissements",
            "Fichiers écrits");
    static final List<String> FINDING_HEADERS = List.of("Service", "Fichier", "Code", "Gravité", "Chemin", "Ligne",
            "Message");

    /** Column widths in characters: wide enough to read, never so wide that a sheet is one column. */
    private static final int WIDEST = 48;
    private static final int WIDEST_MESSAGE = 90;
    private static final int STREAMED_ROWS = 200;

    private static final byte[] RED = rgb(0xF8, 0xCB, 0xAD);
    private static final byte[] AMBER = rgb(0xFF, 0xE6, 0x99);
    private static final byte[] GREEN = rgb(0xC6, 0xEF, 0xCE);
    private static final byte[] GREY = rgb(0xD9, 0xD9, 0xD9);

    private final RunInfo run;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(STREAMED_ROWS);
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle date;
    private final CellStyle number;
    private final Map<Verdict, CellStyle> verdicts = new EnumMap<>(Verdict.class);
    private final Map<ReviewStatus, CellStyle> reviews = new EnumMap<>(ReviewStatus.class);
    private final Map<ReviewStatus, CellStyle> reviewDates = new EnumMap<>(ReviewStatus.class);

    private OverviewWorkbook(RunInfo run) {
        this.run = run;
        Font bold = WorkbookLook.fonts(workbook);
        header = style(Optional.of(HEADER_FILL), false);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.LEFT);
        text = style(Optional.empty(), false);
        wrapped = style(Optional.empty(), false);
        wrapped.setWrapText(true);
        date = style(Optional.empty(), true);
        number = style(Optional.empty(), false);
        number.setAlignment(HorizontalAlignment.CENTER);
        verdicts.put(Verdict.VALID, style(Optional.of(GREEN), false));
        verdicts.put(Verdict.WARNINGS, style(Optional.of(AMBER), false));
        verdicts.put(Verdict.ERRORS, style(Optional.of(RED), false));
        verdicts.put(Verdict.UNREADABLE, style(Optional.of(GREY), false));
        reviews.put(ReviewStatus.OVERDUE, style(Optional.of(RED), false));
        reviews.put(ReviewStatus.DUE_SOON, style(Optional.of(AMBER), false));
        CellStyle centred = style(Optional.empty(), false);
        centred.setAlignment(HorizontalAlignment.CENTER);
        reviews.put(ReviewStatus.UP_TO_DATE, centred);
        reviewDates.put(ReviewStatus.OVERDUE, style(Optional.of(RED), true));
        reviewDates.put(ReviewStatus.DUE_SOON, style(Optional.of(AMBER), true));
        reviewDates.put(ReviewStatus.UP_TO_DATE, date);
    }

    /** The workbook of a run, as the bytes of an .xlsx file. */
    public static byte[] of(RunInfo run, List<FileOutcome> outcomes) {
        OverviewWorkbook book = new OverviewWorkbook(run);
        try {
            book.services(outcomes);
            book.tools(outcomes);
            book.findings(outcomes);
            book.properties();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.workbook.dispose();
            try {
                book.workbook.close();
            } catch (IOException e) {
                // the temporary files are already gone: nothing left to release
            }
        }
    }

    private void services(List<FileOutcome> outcomes) {
        Sheet sheet = new Sheet(SERVICES, SERVICE_HEADERS);
        for (FileOutcome o : outcomes) {
            Row row = sheet.row();
            sheet.text(row, 0, o.label(), wrapped);
            sheet.text(row, 1, o.unit().orElse(""), wrapped);
            sheet.text(row, 2, o.path(), text);
            sheet.text(row, 3, o.kind() == FileKind.ESTABLISHMENT ? "établissement" : "service", text);
            sheet.text(row, 4, o.reference().orElse(""), text);
            sheet.text(row, 5, o.version().orElse(""), text);
            sheet.date(row, 6, o.effectiveDate(), date);
            Optional<ReviewStatus> review = o.reviewDate().map(d -> ReviewStatus.of(d, run.date()));
            sheet.date(row, 7, o.reviewDate(), review.map(reviewDates::get).orElse(date));
            sheet.text(row, 8, review.map(ReviewStatus::word).orElse(""), review.map(reviews::get).orElse(text));
            sheet.text(row, 9, o.verdict().word(), verdicts.get(o.verdict()));
            sheet.number(row, 10, o.errors());
            sheet.number(row, 11, o.warnings());
            sheet.number(row, 12, o.written().size());
        }
        sheet.finish();
    }

    private void tools(List<FileOutcome> outcomes) {
        List<FileOutcome> departments = outcomes.stream().filter(o -> o.kind() == FileKind.SERVICE).toList();
        Map<String, String> names = new LinkedHashMap<>();
        departments.forEach(o -> o.grants().forEach(g -> names.putIfAbsent(g.toolId(), g.toolName())));
        List<String> headers = new ArrayList<>(List.of("Outil", "Identifiant"));
        departments.forEach(o -> headers.add(o.label()));
        Sheet sheet = new Sheet(TOOLS, headers);
        for (Map.Entry<String, String> tool : names.entrySet()) {
            Row row = sheet.row();
            sheet.text(row, 0, tool.getValue(), wrapped);
            sheet.text(row, 1, tool.getKey(), text);
            for (int d = 0; d < departments.size(); d++) {
                String kinds = departments.get(d).grants().stream().filter(g -> g.toolId().equals(tool.getKey()))
                        .findFirst().map(g -> String.join("\n", g.kinds())).orElse("");
                if (!kinds.isEmpty()) {
                    sheet.text(row, 2 + d, kinds, wrapped);
                }
            }
        }
        sheet.finish();
    }

    private void findings(List<FileOutcome> outcomes) {
        Sheet sheet = new Sheet(FINDINGS, FINDING_HEADERS);
        sheet.widest(6, WIDEST_MESSAGE);
        for (FileOutcome o : outcomes) {
            for (Finding f : o.findings()) {
                Row row = sheet.row();
                sheet.text(row, 0, o.label(), wrapped);
                sheet.text(row, 1, o.path(), text);
                sheet.text(row, 2, f.code().code(), text);
                sheet.text(row, 3, f.severity() == Severity.ERROR ? "erreur" : "avertissement",
                        f.isError() ? verdicts.get(Verdict.ERRORS) : verdicts.get(Verdict.WARNINGS));
                sheet.text(row, 4, f.path(), text);
                if (f.position().isPresent()) {
                    sheet.number(row, 5, f.position().get().line());
                }
                sheet.text(row, 6, f.message(), wrapped);
            }
            if (o.failure().isPresent()) {
                Row row = sheet.row();
                sheet.text(row, 0, o.label(), wrapped);
                sheet.text(row, 1, o.path(), text);
                sheet.text(row, 2, "génération", text);
                sheet.text(row, 3, "erreur", verdicts.get(Verdict.ERRORS));
                sheet.text(row, 6, o.failure().get(), wrapped);
            }
        }
        sheet.finish();
    }

    private void properties() {
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle("Synthèse des chartes IA – " + run.folder());
        core.setCreator("charte-ia");
        core.setDescription("Chartes d'usage de l'IA générative : verdicts, révisions, outils et constats.");
        // dated by the run's day only, so that two runs of a day give the same properties
        Date day = Date.from(run.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(day));
        core.setModified(Optional.of(day));
    }

    private CellStyle style(Optional<byte[]> fill, boolean isDate) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        fill.ifPresent(colour -> {
            style.setFillForegroundColor(new XSSFColor(colour, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            // the words and dates a colour marks are short: centred, the colour reads as a badge
            style.setAlignment(HorizontalAlignment.CENTER);
        });
        if (isDate) {
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }
        return style;
    }


    /** One sheet being written: frozen header row, filters over every column, widths from what was written. */
    private final class Sheet {
        private final SXSSFSheet sheet;
        private final int[] widths;
        private final int[] widest;
        private int rows;

        Sheet(String name, List<String> headers) {
            sheet = workbook.createSheet(name);
            widths = new int[headers.size()];
            widest = new int[headers.size()];
            java.util.Arrays.fill(widest, WIDEST);
            Row row = row();
            for (int c = 0; c < headers.size(); c++) {
                text(row, c, headers.get(c), header);
            }
            sheet.createFreezePane(0, 1);
        }

        void widest(int column, int characters) {
            widest[column] = characters;
        }

        Row row() {
            return sheet.createRow(rows++);
        }

        void text(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            int lines = 0;
            for (String line : value.split("\n", -1)) {
                widths[column] = Math.max(widths[column], line.length());
                // a line longer than the widest column wraps; the row is made tall enough for it, since
                // neither POI nor every spreadsheet sizes rows by their wrapped text
                lines += style.getWrapText() ? (int) Math.ceil(line.length() / (widest[column] * LETTERS_PER_DIGIT)) : 1;
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS));
            }
        }

        void date(Row row, int column, Optional<LocalDate> value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(style);
            value.ifPresent(d -> cell.setCellValue(d));
            widths[column] = Math.max(widths[column], 10);
        }

        void number(Row row, int column, long value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(number);
            widths[column] = Math.max(widths[column], Long.toString(value).length());
        }

        void finish() {
            for (int c = 0; c < widths.length; c++) {
                // room for the filter button beside the header
                int characters = Math.min(widest[c], Math.max(NARROWEST, widths[c] + 2));
                sheet.setColumnWidth(c, characters * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, widths.length - 1));
            // printed (or exported to PDF) landscape, one page wide, the header row on every page
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, widths.length - 1));
        }
    }
}
