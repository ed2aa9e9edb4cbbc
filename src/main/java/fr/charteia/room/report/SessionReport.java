package fr.charteia.room.report;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.Signatory;
import fr.charteia.model.DocumentLanguage;
import fr.charteia.render.pdf.PdfWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The session report, for the trainer and the course's evaluation: as an accessible PDF and as a workbook. */
public final class SessionReport {

    private SessionReport() {
    }

    /**
     * The report as PDF/A-3a and PDF/UA-1, with before/after bars per statement. Dated when the room
     * opened, so the same session gives the same bytes.
     */
    public static byte[] pdf(SessionMaterial material) throws IOException {
        SessionFigures figures = SessionFigures.of(material);
        String xhtml = ReportXhtml.of(material, figures);
        return new PdfWriter(Optional.of(material.room().opened())).writeXhtml(xhtml, meta(material));
    }

    /** The report as an XLSX workbook, with native before/after charts. */
    public static byte[] workbook(SessionMaterial material) throws IOException {
        return SessionWorkbook.of(material, SessionFigures.of(material));
    }

    /** The report's properties (title, subject, keywords, language), as the PDF writer stores them. */
    static DocumentMeta meta(SessionMaterial material) {
        String title = ReportXhtml.TITLE + " — " + material.room().title();
        LocalDate day = material.room().opened().atZone(ReportWords.ZONE).toLocalDate();
        String dayText = ReportWords.day(material.room().opened());
        Signatory nobody = new Signatory("", "");
        return new DocumentMeta(DocumentKind.CHARTER, DocumentLanguage.FR, ReportXhtml.TITLE, title,
                "Évaluation de la formation « Utiliser l'IA générative de manière responsable à l'hôpital » :"
                        + " participants, validation des repères, auto-positionnement, situations à risque, satisfaction",
                List.of("formation", "IA générative", "auto-positionnement", "satisfaction", "rapport de session"),
                material.room().title(), "", Optional.empty(), "", "", day, day, dayText, dayText, nobody, nobody, nobody,
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Map.of());
    }
}
