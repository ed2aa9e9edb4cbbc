package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The sheet holds on one A4 page: tightened when needed, down to 7.5 pt; a warning when even that fails. */
class SheetFittingTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");

    @Test
    void tightensALongSheetOntoOnePage() throws IOException {
        AtomicReference<PdfWriter.Rendering> rendering = new AtomicReference<>();
        PdfResult result = new PdfWriter(Optional.empty(), rendering::set).write(longer(12), Optional.empty());

        assertThat(rendering.get().tightening()).isBetween(1, PdfWriter.MAX_TIGHTENING);
        assertThat(rendering.get().xhtml()).contains("<body class=\"sheet fit-" + rendering.get().tightening() + "\">");
        assertThat(result.pageCount()).isEqualTo(1);
        assertThat(result.warnings()).isEmpty();
        try (WrittenPdf pdf = new WrittenPdf(result.bytes())) {
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(PdfSamplesTest.flat(pdf.text())).contains("Ligne ajoutée numéro 11 pour allonger la fiche");
        }
    }

    @Test
    void warnsWhenEvenTheTightestSheetRunsOver() throws IOException {
        AtomicReference<PdfWriter.Rendering> rendering = new AtomicReference<>();
        PdfResult result = new PdfWriter(Optional.empty(), rendering::set).write(longer(120), Optional.empty());

        assertThat(rendering.get().tightening()).isEqualTo(PdfWriter.MAX_TIGHTENING);
        assertThat(result.pageCount()).isGreaterThan(1);
        assertThat(result.warnings()).containsExactly("the best-practice sheet does not fit one A4 page even in 7.5 pt type: "
                + "it runs onto " + result.pageCount() + " pages; shorten its lists (authorised and forbidden uses, "
                + "practices) to keep it on one page");
        assertThat(result.isClean()).isFalse();
        try (WrittenPdf pdf = new WrittenPdf(result.bytes())) {
            assertThat(pdf.pages()).isEqualTo(result.pageCount());
            assertThat(PdfSamplesTest.flat(pdf.text())).contains("Ligne ajoutée numéro 119 pour allonger la fiche");
        }
        assertThat(VeraPdf.failures(result.bytes(), VeraPdf.PDF_A)).isEmpty();
    }

    @Test
    void neverTightensACharter() throws IOException {
        AtomicReference<PdfWriter.Rendering> rendering = new AtomicReference<>();
        PdfResult result = new PdfWriter(Optional.empty(), rendering::set)
                .write(PdfSamples.tree(SAMPLE, DocumentKind.CHARTER), Optional.empty());
        assertThat(rendering.get().tightening()).isZero();
        assertThat(result.pageCount()).isGreaterThan(1);
        assertThat(result.warnings()).isEmpty();
    }

    /** The sample's sheet with {@code extra} more lines at the end. */
    private static DocumentTree longer(int extra) {
        StringBuilder markdown = new StringBuilder(PdfSamples.markdown(SAMPLE, DocumentKind.SHEET)).append('\n');
        for (int i = 0; i < extra; i++) {
            markdown.append("- Ligne ajoutée numéro ").append(i).append(" pour allonger la fiche de bonnes pratiques.\n");
        }
        DocumentMeta meta = PdfSamples.tree(SAMPLE, DocumentKind.SHEET).meta();
        return PdfSamples.tree(markdown.toString(), meta);
    }
}
