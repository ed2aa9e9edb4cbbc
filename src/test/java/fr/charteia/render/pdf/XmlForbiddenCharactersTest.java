package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentMeta;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Defence in depth behind the loader's check: a text reaching the PDF writer with characters XML
 * 1.0 forbids (control characters, U+FFFE, U+FFFF, a lone half of a surrogate pair) still gives
 * a readable PDF, those characters left out, whatever place they stand in.
 */
class XmlForbiddenCharactersTest {

    private static final String FORBIDDEN = "\u0001\u001B\uFFFE\uFFFF\uDC00\uD800";

    @Test
    void charactersXmlForbidsAreLeftOutOfEveryPlaceAndThePdfStillOpens() throws IOException {
        DocumentMeta meta = PdfSamples.withOrganisation(DocumentFixtures.charterMeta(), "Centre" + FORBIDDEN + " hospitalier");
        String markdown = "<!-- cartouche -->\n\n# Titre" + FORBIDDEN + " un\n\nAvant" + FORBIDDEN + "après fin.\n\n"
                + "| Outil |\n|---|\n| Cellule" + FORBIDDEN + " deux |\n";

        PdfResult result = new PdfWriter(Optional.empty()).write(PdfSamples.tree(markdown, meta), Optional.empty());

        try (WrittenPdf pdf = new WrittenPdf(result.bytes())) {
            String text = PdfSamplesTest.flat(pdf.text());
            assertThat(text).contains("Titre un", "Avantaprès fin.", "Cellule deux", "Centre hospitalier");
            assertThat(text).doesNotContain("\u0001", "\u001B", "\uFFFE", "\uFFFF", "\uD800", "\uDC00");
        }
    }
}
