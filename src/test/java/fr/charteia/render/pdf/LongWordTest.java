package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.DocumentSet;
import fr.charteia.OutputFormat;
import fr.charteia.QuestionnaireSource;
import fr.charteia.RenderWarning;
import fr.charteia.RenderedFile;
import fr.charteia.SampleDocuments;
import fr.charteia.document.DocumentKind;
import fr.charteia.validation.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A word with no break point, nearly as long as a text may be (800 of the 1,000 characters of
 * {@code SizeLimits.TEXT}), wraps inside the page's margins in both PDFs, wherever it stands: in a
 * paragraph, a list item, a table cell, the cover's names. A longer one is refused before layout.
 */
class LongWordTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");
    private static final String WORD = "Anticonstitutionnellement".repeat(32);
    private static final float CM = 72f / 2.54f;
    private static final float A4_WIDTH = 595.28f;
    /** Half a point: the rounding of glyph widths, not a glyph out of the box. */
    private static final float TOLERANCE = 0.5f;

    @Test
    void anEightHundredLetterWordStaysInsideTheMarginsOfTheCharterAndTheSheet() throws IOException {
        assertThat(WORD).hasSize(800);
        CheckedQuestionnaire checked = SampleDocuments.toolkit().validate(
                new QuestionnaireSource("long.yaml", withWord(WORD).getBytes(StandardCharsets.UTF_8), Optional.empty()),
                Locale.FRENCH);
        assertThat(checked.valid()).as(checked.report().findings().toString()).isTrue();

        DocumentSet documents = SampleDocuments.toolkit().render(checked, List.of(DocumentKind.values()),
                List.of(OutputFormat.PDF));

        RenderedFile charter = documents.files().get(0);
        RenderedFile sheet = documents.files().get(1);
        assertThat(outside(charter.bytes(), 1.8f * CM)).as("glyphs outside the charter's margins").isEmpty();
        assertThat(outside(sheet.bytes(), 1f * CM)).as("glyphs outside the sheet's margins").isEmpty();
        assertThat(text(charter.bytes())).contains(WORD.substring(0, 200));
        // the sheet may overflow its one page with such words: it says so, as for any sheet too long
        assertThat(documents.warnings()).allSatisfy(w -> assertThat(w).isInstanceOf(RenderWarning.SheetTooLong.class));
    }

    @Test
    void aTenThousandLetterWordIsRefusedBeforeLayoutNamingItsField() throws IOException {
        String yaml = withWord("Anticonstitutionnellement".repeat(400));

        CheckedQuestionnaire checked = SampleDocuments.toolkit().validate(
                new QuestionnaireSource("long.yaml", yaml.getBytes(StandardCharsets.UTF_8), Optional.empty()), Locale.FRENCH);

        assertThat(checked.valid()).isFalse();
        List<Finding> tooLong = checked.report().findings().stream()
                .filter(finding -> finding.message().contains("au-delà de la limite de 1000")).toList();
        assertThat(tooLong).extracting(Finding::path).containsExactly("data[3].examples", "uses[0].description",
                "authorised[0].conditions[1]", "forbidden[4].statement", "practices[2]");
        assertThat(tooLong).allSatisfy(finding -> {
            assertThat(finding.code()).hasToString("Q-SCHEMA");
            assertThat(finding.message()).startsWith("Ce texte compte 10");
        });
    }

    /** The sample with {@code word} in a paragraph, a table cell, a list item, a prohibition and a practice. */
    private static String withWord(String word) throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("Vérifier chaque posologie, unité", word + " chaque posologie, unité")
                .replace("statement: Installer une extension", "statement: " + word + " Installer une extension")
                .replace("description: Dictée puis transcription", "description: " + word + " Dictée puis transcription")
                .replace("examples: Protocoles de service", "examples: " + word + " Protocoles de service")
                .replace("  - En cas de doute", "  - " + word + " En cas de doute");
    }

    /** Each glyph, page by page, whose box reaches past the left or right margin. */
    private static List<String> outside(byte[] pdf, float margin) throws IOException {
        List<String> outside = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition glyph : positions) {
                        float left = glyph.getXDirAdj();
                        float right = left + glyph.getWidthDirAdj();
                        if (left < margin - TOLERANCE || right > A4_WIDTH - margin + TOLERANCE) {
                            outside.add("page " + getCurrentPageNo() + ": « " + glyph.getUnicode() + " » from " + left
                                    + " to " + right);
                            if (outside.size() > 5) {
                                return;
                            }
                        }
                    }
                }
            };
            stripper.writeText(document, new StringWriter());
        }
        return outside.size() > 5 ? outside.subList(0, 5) : outside;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }
}
