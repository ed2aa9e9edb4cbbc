package fr.charteia.room.report;

import java.io.IOException;

/** The session report, for the trainer and the course's evaluation: as an accessible PDF and as a workbook. */
public final class SessionReport {

    private SessionReport() {
    }

    /** The report as PDF/A-3a and PDF/UA-1, with before/after bars per statement. */
    public static byte[] pdf(SessionMaterial material) throws IOException {
        throw new UnsupportedOperationException("skeleton: the report is being written (issue 12)");
    }

    /** The report as an XLSX workbook, with native before/after charts. */
    public static byte[] workbook(SessionMaterial material) throws IOException {
        throw new UnsupportedOperationException("skeleton: the report is being written (issue 12)");
    }
}
