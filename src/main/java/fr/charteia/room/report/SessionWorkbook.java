package fr.charteia.room.report;

import static fr.charteia.output.WorkbookLook.HEADER_FILL;
import static fr.charteia.output.WorkbookLook.LETTERS_PER_DIGIT;
import static fr.charteia.output.WorkbookLook.LINE_POINTS;
import static fr.charteia.output.WorkbookLook.NARROWEST;
import static fr.charteia.output.WorkbookLook.lines;
import static fr.charteia.output.WorkbookLook.rgb;

import fr.charteia.room.Participant;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.report.SessionFigures.ParticipantProgress;
import fr.charteia.room.report.SessionFigures.ParticipantReview;
import fr.charteia.room.report.SessionFigures.QuestionFigures;
import fr.charteia.room.report.SessionFigures.SituationFigures;
import fr.charteia.room.report.SessionFigures.StatementFigures;
import fr.charteia.output.WorkbookLook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code rapport-de-session.xlsx}: the report's figures for a trainer who works them further, one
 * sheet per part (« Participants », « Positionnement », « Progression », « Situations »,
 * « Satisfaction »), with native bar charts (before/after means per statement, satisfaction means)
 * drawn from the sheets' own cells, so a corrected cell redraws its bar.
 */
final class SessionWorkbook {

    static final String PARTICIPANTS = "Participants";
    static final String POSITIONING = "Positionnement";
    static final String PROGRESS = "Progression";
    static final String SITUATIONS = "Situations";
    static final String SATISFACTION = "Satisfaction";

    /** In « Positionnement », the columns of the means the chart is drawn from. */
    static final int STATEMENT_COLUMN = 1;
    static final int MEAN_BEFORE_COLUMN = 3;
    static final int MEAN_AFTER_COLUMN = 4;
    /** In « Satisfaction », the column of the means. */
    static final int SATISFACTION_MEAN_COLUMN = 2;

    private static final int WIDEST = 50;
    /** The PDF's bar colours: light before, dark after. */
    private static final byte[] BEFORE = rgb(0x9D, 0xC3, 0xE6);
    private static final byte[] AFTER = rgb(0x1F, 0x38, 0x64);

    private final SessionMaterial material;
    private final SessionFigures figures;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle dateTime;

    private SessionWorkbook(SessionMaterial material, SessionFigures figures) {
        this.material = material;
        this.figures = figures;
        Font bold = WorkbookLook.fonts(workbook);
        XSSFCellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setVerticalAlignment(VerticalAlignment.TOP);
        headerStyle.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        header = headerStyle;
        text = style(false);
        wrapped = style(false);
        wrapped.setWrapText(true);
        whole = style(true);
        decimal = style(true);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        percent = style(true);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        dateTime = style(true);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    }

    static byte[] of(SessionMaterial material, SessionFigures figures) throws IOException {
        SessionWorkbook book = new SessionWorkbook(material, figures);
        try (XSSFWorkbook workbook = book.workbook) {
            book.participants();
            book.positioning();
            book.progress();
            book.situations();
            book.satisfaction();
            book.properties();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    private void participants() {
        Sheet sheet = new Sheet(PARTICIPANTS, List.of("N°", "Pseudonyme", "Service", "Arrivée", "Étape", "Repères",
                "Commentaire du formateur", "Satisfaction donnée"));
        for (ParticipantReview review : figures.reviews().participants()) {
            Participant p = review.participant();
            Row row = sheet.row();
            sheet.number(row, 0, review.number(), whole);
            sheet.text(row, 1, p.pseudonym(), wrapped);
            sheet.text(row, 2, p.department(), wrapped);
            sheet.date(row, 3, Date.from(p.joined()));
            sheet.text(row, 4, ReportWords.stage(p), text);
            sheet.text(row, 5, ReportWords.review(review.review().status()), text);
            sheet.text(row, 6, review.review().comment(), wrapped);
            sheet.text(row, 7, p.satisfaction().given() ? "oui" : "non", text);
        }
        sheet.finish();
    }

    private void positioning() {
        List<String> scale = material.questions().positioning().scale();
        List<String> headers = new ArrayList<>(List.of("N°", "Énoncé", "Type", "Moyenne avant", "Moyenne après",
                "Écart", "Réponses avant", "Réponses après"));
        for (int i = 0; i < scale.size(); i++) {
            headers.add("Avant : " + (i + 1) + " – " + scale.get(i));
        }
        for (int i = 0; i < scale.size(); i++) {
            headers.add("Après : " + (i + 1) + " – " + scale.get(i));
        }
        Sheet sheet = new Sheet(POSITIONING, headers);
        for (StatementFigures s : figures.statements()) {
            Row row = sheet.row();
            sheet.text(row, 0, "E" + s.number(), text);
            sheet.text(row, STATEMENT_COLUMN, s.statement().text(), wrapped);
            sheet.text(row, 2, s.statement().objective() ? "objectif de la formation" : "règle de la charte", text);
            sheet.decimal(row, MEAN_BEFORE_COLUMN, s.before().mean());
            sheet.decimal(row, MEAN_AFTER_COLUMN, s.after().mean());
            sheet.decimal(row, 5, s.change());
            sheet.number(row, 6, s.before().answered(), whole);
            sheet.number(row, 7, s.after().answered(), whole);
            for (int point = 1; point <= scale.size(); point++) {
                sheet.number(row, 7 + point, s.before().count(point), whole);
                sheet.number(row, 7 + scale.size() + point, s.after().count(point), whole);
            }
        }
        sheet.finish();
        int last = figures.statements().size();
        if (last > 0) {
            chart(sheet.sheet, "Auto-positionnement : moyenne du groupe avant et après", last + 2,
                    Math.max(14, 3 * last + 6), STATEMENT_COLUMN, scale.size(),
                    List.of(new Series("Avant", MEAN_BEFORE_COLUMN, BEFORE), new Series("Après", MEAN_AFTER_COLUMN, AFTER)));
        }
    }

    private record Series(String title, int column, byte[] colour) {
    }

    /**
     * A clustered horizontal bar chart under the table: {@code series} over the rows 2 to
     * {@code rows + 1}, labelled by {@code labelColumn}, on a 0 to {@code maximum} axis.
     */
    private void chart(XSSFSheet sheet, String title, int top, int height, int labelColumn, int maximum,
            List<Series> series) {
        int rows = sheet.getLastRowNum();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 1, top, 9, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        // the first row at the top, as in the table
        categories.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setMinimum(0);
        values.setMaximum(maximum);
        values.setMajorUnit(1);
        values.setNumberFormat("0");
        values.setCrosses(AxisCrosses.MAX);
        values.setTitle("Moyenne (1 à " + maximum + ")");
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, rows, labelColumn, labelColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        for (Series s : series) {
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, rows, s.column(), s.column()));
            XDDFChartData.Series drawn = data.addSeries(labels, numbers);
            // a title of its own: the header cell above says « Moyenne avant », the legend says « Avant »
            drawn.setTitle(s.title(), null);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(s.colour())));
            drawn.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    private void progress() {
        List<String> headers = new ArrayList<>(List.of("Participant", "Service", "Énoncés comparés", "Moyenne avant",
                "Moyenne après", "Progression"));
        figures.statements().forEach(s -> headers.add("Écart E" + s.number()));
        Sheet sheet = new Sheet(PROGRESS, headers);
        for (ParticipantProgress p : figures.progress()) {
            Row row = sheet.row();
            sheet.text(row, 0, p.participant().pseudonym(), wrapped);
            sheet.text(row, 1, p.participant().department(), wrapped);
            sheet.number(row, 2, p.compared(), whole);
            sheet.decimal(row, 3, p.meanBefore());
            sheet.decimal(row, 4, p.meanAfter());
            sheet.decimal(row, 5, p.progress());
            for (int i = 0; i < figures.statements().size(); i++) {
                Integer delta = p.deltas().get(figures.statements().get(i).statement().id());
                if (delta != null) {
                    sheet.number(row, 6 + i, delta, whole);
                }
            }
        }
        sheet.finish();
    }

    private void situations() {
        List<String> headers = new ArrayList<>(List.of("Situation", "Réponse attendue"));
        for (SituationAnswer answer : SituationAnswer.values()) {
            headers.add(ReportWords.answer(answer));
        }
        headers.addAll(List.of("Réponses", "Conformes", "Part conforme", "Raison", "Le bon réflexe"));
        Sheet sheet = new Sheet(SITUATIONS, headers);
        for (SituationFigures f : figures.situations()) {
            Row row = sheet.row();
            sheet.text(row, 0, f.situation().situation(), wrapped);
            sheet.text(row, 1, ReportWords.answer(f.situation().expected()), text);
            int column = 2;
            for (SituationAnswer answer : SituationAnswer.values()) {
                sheet.number(row, column++, f.count(answer), whole);
            }
            sheet.number(row, column++, f.votes(), whole);
            sheet.number(row, column++, f.matching(), whole);
            sheet.share(row, column++, f.share());
            sheet.text(row, column++, f.situation().reason(), wrapped);
            sheet.text(row, column, f.situation().reflex(), wrapped);
        }
        sheet.finish();
    }

    private void satisfaction() {
        List<String> scale = material.questions().satisfaction().scale();
        List<String> headers = new ArrayList<>(List.of("N°", "Question", "Moyenne", "Réponses"));
        for (int i = 0; i < scale.size(); i++) {
            headers.add((i + 1) + " – " + scale.get(i));
        }
        Sheet sheet = new Sheet(SATISFACTION, headers);
        List<QuestionFigures> questions = figures.satisfaction().questions();
        for (int i = 0; i < questions.size(); i++) {
            QuestionFigures q = questions.get(i);
            Row row = sheet.row();
            sheet.text(row, 0, "Q" + (i + 1), text);
            sheet.text(row, 1, q.question().text(), wrapped);
            sheet.decimal(row, SATISFACTION_MEAN_COLUMN, q.answers().mean());
            sheet.number(row, 3, q.answers().answered(), whole);
            for (int point = 1; point <= scale.size(); point++) {
                sheet.number(row, 3 + point, q.answers().count(point), whole);
            }
        }
        sheet.finish();
        int top = questions.size() + 2;
        if (!questions.isEmpty()) {
            chart(sheet.sheet, "Satisfaction : moyenne par question", top, 14, 1, scale.size(),
                    List.of(new Series("Moyenne", SATISFACTION_MEAN_COLUMN, AFTER)));
            top += 15;
        }
        Row label = sheet.sheet.createRow(top);
        Cell title = label.createCell(1);
        title.setCellValue("Commentaires libres (" + figures.satisfaction().respondents() + " répondants)");
        title.setCellStyle(header);
        for (String comment : figures.satisfaction().comments()) {
            Row row = sheet.sheet.createRow(++top);
            Cell cell = row.createCell(1);
            cell.setCellValue(comment);
            cell.setCellStyle(wrapped);
            row.setHeightInPoints(lines(comment, WIDEST) * LINE_POINTS);
        }
    }

    private void properties() {
        var core = workbook.getProperties().getCoreProperties();
        core.setTitle(ReportXhtml.TITLE + " – " + material.room().title());
        core.setCreator("charte-ia");
        core.setDescription("Participants, validation des repères, auto-positionnement avant et après, situations à"
                + " risque et satisfaction.");
        Date opened = Date.from(material.room().opened());
        core.setCreated(Optional.of(opened));
        core.setModified(Optional.of(opened));
    }

    private XSSFCellStyle style(boolean centred) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (centred) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }


    /** One sheet being written: frozen header row, widths from what was written, rows tall enough for wrapped text. */
    private final class Sheet {
        final XSSFSheet sheet;
        private final int[] widths;
        private int rows;

        Sheet(String name, List<String> headers) {
            sheet = workbook.createSheet(name);
            widths = new int[headers.size()];
            Row row = row();
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                // a header may wrap on two lines, between words: half its length, never less than its longest
                // word (in bold, a little wider)
                int longestWord = java.util.Arrays.stream(headers.get(c).split(" ")).mapToInt(String::length).max()
                        .orElse(0);
                widths[c] = Math.max(widths[c], Math.max(longestWord + 1, (headers.get(c).length() + 1) / 2 + 2));
            }
            row.setHeightInPoints(2 * LINE_POINTS);
            sheet.createFreezePane(0, 1);
        }

        Row row() {
            return sheet.createRow(rows++);
        }

        void text(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            for (String line : value.split("\n", -1)) {
                widths[column] = Math.max(widths[column], line.length());
            }
            if (style.getWrapText()) {
                int lines = lines(value, WIDEST);
                if (lines > 1) {
                    row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS));
                }
            }
        }

        void number(Row row, int column, long value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            widths[column] = Math.max(widths[column], Long.toString(value).length());
        }

        /** A mean or a change: left blank when there is none, so a chart leaves a gap rather than a zero. */
        void decimal(Row row, int column, OptionalDouble value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(decimal);
            value.ifPresent(cell::setCellValue);
            widths[column] = Math.max(widths[column], 5);
        }

        void share(Row row, int column, OptionalDouble value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(percent);
            value.ifPresent(cell::setCellValue);
            widths[column] = Math.max(widths[column], 5);
        }

        void date(Row row, int column, Date value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(dateTime);
            cell.setCellValue(value);
            widths[column] = Math.max(widths[column], 16);
        }

        void finish() {
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(WIDEST, Math.max(NARROWEST, widths[c] + 2)) * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, widths.length - 1));
        }
    }
}
