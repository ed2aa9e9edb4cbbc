package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Column widths follow the content, read back from the glyphs' positions: e-mail addresses and
 * phone numbers are never cut across two lines, a yes/no column is narrow, a tool's name column wide.
 */
class PdfColumnWidthsTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");
    private static final List<String> UNBREAKABLE = List.of("dpo@ch-valmont.fr", "rssi@ch-valmont.fr",
            "referent-ia@ch-valmont.fr", "03 80 00 00 10", "03 80 00 00 20");

    private static WrittenPdf charter;
    private static WrittenPdf sheet;

    @BeforeAll
    static void writeTheUrgencesDocuments() throws IOException {
        PdfWriter writer = new PdfWriter(Optional.empty());
        charter = new WrittenPdf(writer.write(PdfSamples.tree(SAMPLE, DocumentKind.CHARTER)));
        sheet = new WrittenPdf(writer.write(PdfSamples.tree(SAMPLE, DocumentKind.SHEET)));
    }

    @Test
    void everyEmailAddressAndPhoneNumberStaysOnOneLine() throws IOException {
        for (WrittenPdf pdf : List.of(charter, sheet)) {
            List<String> lines = new ArrayList<>();
            for (int page = 1; page <= pdf.pages(); page++) {
                lines.addAll(pdf.lineSegments(page));
            }
            for (String whole : UNBREAKABLE) {
                assertThat(lines).as(whole).anyMatch(line -> line.contains(whole));
            }
            assertThat(lines).noneMatch(line -> line.endsWith("@ch-") || line.endsWith(" 00")
                    || line.startsWith("valmont.fr"));
        }
    }

    @Test
    void theContactsTableGivesTheAddressesAndNumbersTheirRoom() throws IOException {
        int page = pageHolding(charter, "11.2 Contacts");
        List<TextPosition> glyphs = charter.glyphs(page);
        double phone = x(glyphs, "Téléphone");
        double[] address = span(glyphs, "referent-ia@ch-valmont.fr");
        assertThat(address[0]).as("the address starts its column").isEqualTo(x(glyphs, "Courriel"));
        assertThat(address[1]).as("and ends before the next one, cell padding apart").isLessThan(phone - 3.5);
        double[] number = span(glyphs, "03 80 00 00 10");
        assertThat(number[0]).isEqualTo(phone);
        assertThat(number[1]).isLessThan(ColumnShares.CHARTER_TEXT_WIDTH + 51.0 - 3.5);
    }

    @Test
    void aYesNoColumnIsNarrowAndTheToolNameColumnWide() throws IOException {
        int page = pageHolding(charter, "4.1 Outils examinés");
        List<TextPosition> glyphs = charter.glyphs(page);
        double[] starts = {x(glyphs, "Outil"), x(glyphs, "Type et accès"), x(glyphs, "Hébergement"),
            x(glyphs, "Réutilisation"), x(glyphs, "AIPD, registre,"), ColumnShares.CHARTER_TEXT_WIDTH + 51.0};
        double[] widths = new double[5];
        for (int c = 0; c < 5; c++) {
            widths[c] = starts[c + 1] - starts[c];
        }
        assertThat(widths[0]).as("tool names").isEqualTo(java.util.Arrays.stream(widths).max().orElseThrow());
        assertThat(widths[3]).as("yes / no").isEqualTo(java.util.Arrays.stream(widths).min().orElseThrow())
                .isLessThan(widths[0] / 2);
    }

    private static int pageHolding(WrittenPdf pdf, String text) {
        for (int page = 1; page <= pdf.pages(); page++) {
            if (PdfSamplesTest.flat(pdf.page(page)).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page holds « " + text + " »");
    }

    /** Where the first glyph of a text's first occurrence on the page (glyphs in drawing order) stands. */
    private static double x(List<TextPosition> glyphs, String text) {
        return span(glyphs, text)[0];
    }

    /** From the left of the first glyph of a text's first occurrence to the right of its last, spaces aside. */
    private static double[] span(List<TextPosition> glyphs, String text) {
        List<TextPosition> visible = glyphs.stream().filter(g -> !WrittenPdf.spaces(g.getUnicode()).isBlank()).toList();
        StringBuilder drawn = new StringBuilder();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            String unicode = visible.get(i).getUnicode();
            drawn.append(unicode);
            for (int k = 0; k < unicode.length(); k++) {
                owners.add(i);
            }
        }
        String wanted = text.replace(" ", "");
        int at = drawn.indexOf(wanted);
        assertThat(at).as("« %s » is drawn", text).isNotNegative();
        TextPosition first = visible.get(owners.get(at));
        TextPosition last = visible.get(owners.get(at + wanted.length() - 1));
        return new double[] {first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()};
    }
}
