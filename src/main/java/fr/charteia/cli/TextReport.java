package fr.charteia.cli;

import fr.charteia.validation.FileReport;
import fr.charteia.validation.Finding;
import fr.charteia.validation.RuleCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The human report: per file, errors then warnings, one line each, then a verdict. */
final class TextReport {

    private final Texts texts;

    TextReport(Texts texts) {
        this.texts = texts;
    }

    void print(List<FileReport> reports, PrintWriter out) {
        for (FileReport report : reports) {
            out.println("== " + oneLine(report.file()));
            if (!report.readable()) {
                out.println(texts.get("report.unreadable") + " " + oneLine(report.findings().get(0).message()));
                out.println(texts.get("verdict.unreadable"));
            } else {
                section(texts.get("report.errors"), report.findings().stream().filter(Finding::isError).toList(), out);
                section(texts.get("report.warnings"), report.findings().stream().filter(f -> !f.isError()).toList(), out);
                String counts0 = texts.count("errors", report.errors());
                String counts1 = texts.count("warnings", report.warnings());
                out.println(texts.get(report.valid() ? "verdict.valid" : "verdict.invalid", counts0, counts1));
            }
            out.println();
        }
        if (reports.size() > 1) {
            long valid = reports.stream().filter(FileReport::valid).count();
            long unreadable = reports.stream().filter(r -> !r.readable()).count();
            out.println(texts.get("summary", reports.size(), valid, reports.size() - valid - unreadable, unreadable));
        }
    }

    private void section(String heading, List<Finding> findings, PrintWriter out) {
        if (findings.isEmpty()) {
            return;
        }
        out.println(heading);
        for (Finding finding : findings) {
            String codes = finding.codes().stream().map(RuleCode::code).collect(Collectors.joining(", "));
            out.println("  " + place(finding) + " — " + oneLine(finding.message()) + " [" + codes + "]");
        }
    }

    private String place(Finding finding) {
        String path = finding.path().isEmpty() ? "(document)" : oneLine(finding.path());
        return finding.position().map(p -> path + " (" + texts.get("report.line", p.line()) + ")").orElse(path);
    }

    /**
     * A finding is one line: a line break in a quoted value or a file name is shown as {@code \n},
     * so that no text of a questionnaire can print a line that looks like the report's own.
     */
    static String oneLine(String text) {
        return text.indexOf('\n') < 0 ? text : text.replace("\n", "\\n");
    }
}
