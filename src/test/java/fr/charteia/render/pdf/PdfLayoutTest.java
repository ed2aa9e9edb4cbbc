package fr.charteia.render.pdf;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.SourceAttachment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** What a reader sees on the pages: colours, repeated table headers, whole rows, columns side by side. */
class PdfLayoutTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");

    private final PdfWriter writer = new PdfWriter(Optional.empty());

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndNeverSplitsARow() throws IOException {
        StringBuilder markdown = new StringBuilder("# Usages\n\n| Colonne A | Colonne B |\n|---|---|\n");
        for (int row = 1; row <= 70; row++) {
            markdown.append("| Usage ").append(row).append(" | Début ").append(row)
                    .append(" : relire et valider chaque production avant usage, sans donnée identifiante, ")
                    .append("dans les limites de sa fonction et avec un outil autorisé pour ces données. Fin ")
                    .append(row).append(". |\n");
        }
        try (WrittenPdf pdf = new WrittenPdf(writer.write(PdfSamples.tree(markdown.toString(),
                DocumentFixtures.charterMeta())))) {
            assertThat(pdf.pages()).isGreaterThan(2);
            for (int page = 1; page <= pdf.pages(); page++) {
                assertThat(PdfSamplesTest.flat(pdf.page(page))).as("page %d", page).contains("Colonne A", "Colonne B");
            }
            for (int row = 1; row <= 70; row++) {
                int start = pageOf(pdf, "Début " + row + " ");
                assertThat(pageOf(pdf, "Fin " + row + ".")).as("row %d", row).isEqualTo(start);
            }
        }
    }

    @Test
    void statusCellsCalloutsAndHeadingsCarryTheirColours() throws IOException {
        byte[] bytes = writer.write(PdfSamples.tree(SAMPLE, DocumentKind.SHEET));
        Map<Integer, Integer> colours = colours(bytes, 0);
        assertThat(colours.getOrDefault(0xC6EFCE, 0) + colours.getOrDefault(0xFFB74D, 0)).as("green or orange cells")
                .isGreaterThan(500);
        assertThat(colours.getOrDefault(0xFFB74D, 0)).as("orange cells").isGreaterThan(500);
        assertThat(colours.getOrDefault(0xE57373, 0)).as("red cells").isGreaterThan(500);
        assertThat(colours.getOrDefault(0xFBE4D5, 0)).as("IMPORTANT callout background").isGreaterThan(500);
        assertThat(colours.getOrDefault(0xC55A11, 0)).as("IMPORTANT callout bar").isGreaterThan(20);
        assertThat(colours.getOrDefault(0xD6DCE5, 0)).as("shaded table header").isGreaterThan(500);
        assertThat(colours.getOrDefault(0x1F3864, 0)).as("heading blue").isGreaterThan(100);
    }

    @Test
    void putsTheSheetColumnsSideBySide() throws IOException {
        try (WrittenPdf pdf = new WrittenPdf(writer.write(PdfSamples.tree(SAMPLE, DocumentKind.SHEET)))) {
            assertThat(pdf.pageByPosition(1).lines())
                    .anyMatch(line -> line.contains("Ce que je peux faire") && line.contains("Ce que je ne dois jamais faire"));
        }
    }

    @Test
    void aDocumentWithALogoStaysConformant() throws IOException {
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentTree tree = PdfSamples.tree(SAMPLE, kind);
            DocumentTree withLogo = new DocumentTree(PdfSamples.withLogo(tree.meta()), tree.root());
            byte[] bytes = writer.write(withLogo, Optional.of(SourceAttachment.questionnaire(new byte[] {'a', ':', ' ', '1'})))
                    .bytes();
            assertThat(VeraPdf.failures(bytes, VeraPdf.PDF_A)).as(kind.name()).isEmpty();
            assertThat(VeraPdf.failures(bytes, VeraPdf.PDF_UA)).as(kind.name()).isEmpty();
            Map<Integer, Integer> colours = colours(bytes, 0);
            assertThat(colours.getOrDefault(0x1F3864, 0)).as("the logo's blue band").isGreaterThan(1000);
        }
    }

    /** The engine silently skips what it cannot use (a misspelt property, a lost resource) but says so. */
    @Test
    void theLayoutEngineHasNothingToWarnAbout() throws IOException {
        List<String> said = new ArrayList<>();
        PdfWriter listening = new PdfWriter(Optional.empty(), rendering -> rendering.diagnostics()
                .forEach(diagnostic -> said.add(diagnostic.getLevel() + " " + diagnostic.getFormattedMessage())));
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentTree tree = PdfSamples.tree(SAMPLE, kind);
            listening.write(new DocumentTree(PdfSamples.withLogo(tree.meta()), tree.root()));
        }
        listening.write(PdfSamples.conventions());
        assertThat(said).isEmpty();
    }

    private static int pageOf(WrittenPdf pdf, String text) {
        for (int page = 1; page <= pdf.pages(); page++) {
            if (PdfSamplesTest.flat(pdf.page(page)).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page holds « " + text + " »");
    }

    /** How many pixels of each colour page {@code index} has, drawn at 72 dpi. */
    private static Map<Integer, Integer> colours(byte[] pdf, int index) throws IOException {
        try (WrittenPdf written = new WrittenPdf(pdf)) {
            BufferedImage image = new PDFRenderer(written.document).renderImageWithDPI(index, 72, ImageType.RGB);
            Map<Integer, Integer> counts = new HashMap<>();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
                }
            }
            return counts;
        }
    }
}
