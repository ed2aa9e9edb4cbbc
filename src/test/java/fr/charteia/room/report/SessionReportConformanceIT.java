package fr.charteia.room.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.render.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The session report passes veraPDF as PDF/A-3a and PDF/UA-1 with no failed rule, as the charters do:
 * its bars drawn as backgrounds are artifacts, its tables have headers, its language and title are set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionReportConformanceIT {

    private byte[] report;
    private byte[] emptyRoom;

    @BeforeAll
    void writeReports() throws Exception {
        report = SessionReport.pdf(SessionSamples.material());
        SessionMaterial material = SessionSamples.material();
        emptyRoom = SessionReport.pdf(new SessionMaterial(material.room().withoutPersonalAnswers(),
                material.questions(), material.catalogue(), java.util.Map.of(), material.draftFolder()));
    }

    @Test
    void theReportConformsToPdfA3a() {
        assertThat(VeraPdf.failures(report, VeraPdf.PDF_A)).isEmpty();
    }

    @Test
    void theReportConformsToPdfUa1() {
        assertThat(VeraPdf.failures(report, VeraPdf.PDF_UA)).isEmpty();
    }

    @Test
    void theReportOfARoomNobodyJoinedConformsToo() {
        assertThat(VeraPdf.failures(emptyRoom, VeraPdf.PDF_A)).isEmpty();
        assertThat(VeraPdf.failures(emptyRoom, VeraPdf.PDF_UA)).isEmpty();
    }
}
