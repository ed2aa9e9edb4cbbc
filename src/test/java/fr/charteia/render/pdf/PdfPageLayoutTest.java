package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Where things sit on the page, read back with PDFBox: the text width of each kind, the logo once a page. */
class PdfPageLayoutTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");
    private static final double A4_WIDTH = 595.3;
    private static final double A4_HEIGHT = 841.9;
    private static final double CM = 72 / 2.54;

    private final PdfWriter writer = new PdfWriter(Optional.empty());

    @Test
    void theSheetRunsTheFullWidthBetweenItsOneCentimetreMargins() throws IOException {
        try (WrittenPdf sheet = new WrittenPdf(writer.write(PdfSamples.tree(SAMPLE, DocumentKind.SHEET)))) {
            List<TextPosition> body = body(sheet.glyphs(1), 1.7 * CM, 1.3 * CM);
            assertThat(left(body)).as("leftmost text, pt").isCloseTo(CM, offset(1.0));
            assertThat(right(body)).as("rightmost text, pt").isBetween(A4_WIDTH - CM - 12, A4_WIDTH - CM + 0.5);
        }
    }

    @Test
    void theCharterKeepsItsOnePointEightCentimetreMargins() throws IOException {
        try (WrittenPdf charter = new WrittenPdf(writer.write(PdfSamples.tree(SAMPLE, DocumentKind.CHARTER)))) {
            List<TextPosition> body = new java.util.ArrayList<>();
            for (int page = 1; page <= charter.pages(); page++) {
                body.addAll(body(charter.glyphs(page), 2 * CM, 1.6 * CM));
            }
            assertThat(left(body)).isCloseTo(1.8 * CM, offset(1.0));
            assertThat(right(body)).isBetween(A4_WIDTH - 1.8 * CM - 12, A4_WIDTH - 1.8 * CM + 0.5);
        }
    }

    /** As in the Word file: the logo heads every page in the running header, and is not drawn again in the cartouche. */
    @Test
    void theLogoIsPrintedOncePerPageInTheRunningHeader() throws IOException {
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentTree tree = PdfSamples.tree(SAMPLE, kind);
            DocumentTree withLogo = new DocumentTree(PdfSamples.withLogo(tree.meta()), tree.root());
            try (WrittenPdf pdf = new WrittenPdf(writer.write(withLogo))) {
                assertThat(pdf.images(1)).as("%s, page 1", kind).isEqualTo(1);
                for (int page = 2; page <= pdf.pages(); page++) {
                    assertThat(pdf.images(page)).as("%s, page %d", kind, page).isEqualTo(1);
                }
            }
            try (WrittenPdf pdf = new WrittenPdf(writer.write(tree))) {
                assertThat(pdf.images(1)).as("%s without a logo", kind).isZero();
            }
        }
    }

    /** The glyphs between the top and bottom margins: the body, without the running header and footer. */
    private static List<TextPosition> body(List<TextPosition> glyphs, double top, double bottom) {
        List<TextPosition> body = glyphs.stream().filter(g -> g.getYDirAdj() > top && g.getYDirAdj() < A4_HEIGHT - bottom)
                .filter(g -> !g.getUnicode().isBlank()).toList();
        assertThat(body).isNotEmpty();
        return body;
    }

    private static double left(List<TextPosition> glyphs) {
        return glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
    }

    private static double right(List<TextPosition> glyphs) {
        return glyphs.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
    }
}
