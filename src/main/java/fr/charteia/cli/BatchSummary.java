package fr.charteia.cli;

import fr.charteia.batch.BatchReport;
import fr.charteia.batch.FileOutcome;
import fr.charteia.batch.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The table a batch run ends with: file, department, verdict, errors, warnings, files written (the
 * file first, since several files may hold departments of the same name). Up to
 * {@link #ALL_ROWS_UP_TO} files every row is printed; past that only the departments that failed, then
 * the totals: a thousand rows scroll away, and the workbook holds them all.
 */
final class BatchSummary {

    static final int ALL_ROWS_UP_TO = 40;
    private static final int NAME_WIDTH = 40;

    private BatchSummary() {
    }

    static String verdict(FileOutcome outcome, Texts texts) {
        if (outcome.failure().isPresent()) {
            return texts.get("batch.verdict.failed");
        }
        String counts = texts.count("errors", outcome.errors()) + ", " + texts.count("warnings", outcome.warnings());
        return texts.get("batch.verdict." + outcome.verdict().name(), counts);
    }

    static void print(List<FileOutcome> outcomes, Texts texts, PrintWriter out) {
        List<FileOutcome> shown = outcomes.size() <= ALL_ROWS_UP_TO ? outcomes
                : outcomes.stream().filter(o -> o.verdict().failed()).toList();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.get("batch.column.file"), texts.get("batch.column.department"), texts.get("batch.column.verdict"),
            texts.get("batch.column.errors"), texts.get("batch.column.warnings"), texts.get("batch.column.written")});
        for (FileOutcome o : shown) {
            rows.add(new String[] {shortened(o.path()), shortened(o.department().orElse("")), word(o, texts), Long.toString(o.errors()),
                Long.toString(o.warnings()), Integer.toString(o.written().size())});
        }
        out.println();
        if (shown.size() < outcomes.size()) {
            out.println(texts.get("batch.onlyFailures", outcomes.size() - shown.size()));
        }
        if (!shown.isEmpty()) {
            table(rows, out);
        }
        BatchReport.Counts counts = BatchReport.Counts.of(outcomes);
        out.println(texts.get("batch.totals", counts.files(), counts.valid(), counts.warnings(), counts.errors(),
                counts.unreadable(), counts.written()));
    }

    private static String word(FileOutcome o, Texts texts) {
        return o.failure().isPresent() ? texts.get("batch.word.failed") : texts.get("batch.word." + o.verdict().name());
    }

    private static String shortened(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }

    private static void table(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        rows.forEach(row -> {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                boolean numeric = c >= 3;
                String pad = " ".repeat(widths[c] - row[c].length());
                line.append(numeric ? pad + row[c] : row[c] + (c < row.length - 1 ? pad : "")).append(c < row.length - 1 ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Whether any department did not get its documents: exit 1. */
    static boolean anyFailed(List<FileOutcome> outcomes) {
        return outcomes.stream().map(FileOutcome::verdict).anyMatch(Verdict::failed);
    }
}
