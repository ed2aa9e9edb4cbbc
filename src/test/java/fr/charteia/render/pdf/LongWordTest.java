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
 * A word with no break point, as long as a whole questionnaire line can be (10,000 letters), wraps
 * inside the page's margins in both PDFs, wherever it stands: in a paragraph, a list item, a table
 * cell, the cover's names.
 */
class LongWordTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");
    private static final String WORD = "Anticonstitutionnellement".repeat(400);
    private static final float CM = 72f / 2.54f;
    private static final float A4_WIDTH = 595.28f;
    /** Half a point: the rounding of glyph widths, not a glyph out of the box. */
    private static final float TOLERANCE = 0.5f;

    @Test
    void aTenThousandLetterWordStaysInsideTheMarginsOfTheCharterAndTheSheet() throws IOException {
        assertThat(WORD).hasSize(10_000);
        String yaml = Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("Vérifier chaque posologie, unité", WORD + " chaque posologie, unité")
                .replace("statement: Installer une extension", "statement: " + WORD + " Installer une extension")
                .replace("description: Dictée puis transcription", "description: " + WORD + " Dictée puis transcription")
                .replace("examples: Protocoles de service", "examples: " + WORD + " Protocoles de service")
                .replace("  - En cas de doute", "  - " + WORD + " En cas de doute");
        CheckedQuestionnaire checked = SampleDocuments.toolkit().validate(
                new QuestionnaireSource("long.yaml", yaml.getBytes(StandardCharsets.UTF_8), Optional.empty()), Locale.FRENCH);
        assertThat(checked.valid()).as(checked.report().findings().toString()).isTrue();

        DocumentSet documents = SampleDocuments.toolkit().render(checked, List.of(DocumentKind.values()),
                List.of(OutputFormat.PDF));

        RenderedFile charter = documents.files().get(0);
        RenderedFile sheet = documents.files().get(1);
        assertThat(outside(charter.bytes(), 1.8f * CM)).as("glyphs outside the charter's margins").isEmpty();
        assertThat(outside(sheet.bytes(), 1f * CM)).as("glyphs outside the sheet's margins").isEmpty();
        assertThat(text(charter.bytes())).contains(WORD.substring(0, 200));
        // the sheet overflows its one page with such a word: it says so, as for any sheet too long
        assertThat(documents.warnings()).allSatisfy(w -> assertThat(w).isInstanceOf(RenderWarning.SheetTooLong.class));
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
