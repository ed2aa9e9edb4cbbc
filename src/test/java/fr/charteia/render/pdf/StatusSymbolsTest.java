package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.Status;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Status words carry a symbol (✓, ⚠, ✗) that reads without colour, one the embedded fonts can
 * draw, held to its word by a no-break space; and the PDF prints them.
 */
class StatusSymbolsTest {

    private static final Map<Status, Integer> SYMBOLS = Map.of(Status.AUTHORISED, 0x2713, Status.CONDITIONAL, 0x26A0,
            Status.FORBIDDEN, 0x2717, Status.UNADDRESSED, 0x2717);

    @Test
    void everyStatusWordStartsWithItsSymbolInBothLanguages() throws IOException {
        for (String language : List.of("fr", "en")) {
            Properties terms = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("templates", language, "terms.properties"),
                    StandardCharsets.UTF_8)) {
                terms.load(in);
            }
            Set<String> words = new HashSet<>();
            for (Status status : Status.values()) {
                String word = terms.getProperty("status." + status.cssClass());
                assertThat(word.codePointAt(0)).as("%s %s", language, status).isEqualTo(SYMBOLS.get(status));
                assertThat(word.charAt(1)).as("no-break space after the symbol").isEqualTo('\u00A0');
                assertThat(GlyphCoverage.shipped().canDraw(word.codePointAt(0))).isTrue();
                assertThat(word.substring(2)).isNotBlank();
                words.add(word);
            }
            assertThat(words).as("four different words").hasSize(4);
        }
    }

    @Test
    void theSheetPrintsEachStatusWithItsSymbol() throws IOException {
        PdfResult result = new PdfWriter(Optional.empty()).write(
                PdfSamples.tree(Path.of("samples/urgences-adultes.yaml"), DocumentKind.SHEET), Optional.empty());
        assertThat(result.missing()).isEmpty();
        try (WrittenPdf pdf = new WrittenPdf(result.bytes())) {
            assertThat(pdf.lineSegments(1)).contains("✗ Interdit", "✗ Non prévu").anyMatch(line -> line.startsWith("⚠ Sous"));
        }
    }
}
