package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentMeta;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** Every character gets a glyph, from Liberation Sans or DejaVu Sans; one neither has is reported, never dropped. */
class GlyphCheckTest {

    private final PdfWriter writer = new PdfWriter(Optional.empty());

    @Test
    void reportsACharacterNoFontCanDrawWithItsPlace() throws IOException {
        PdfResult result = writer.write(PdfSamples.tree("# Titre 🚑\n\nJe lis 漢 deux fois 漢.\n\n| Outil |\n|---|\n| Bip \u0007 |\n",
                DocumentFixtures.charterMeta()), Optional.empty());

        assertThat(result.missing()).containsExactly(
                new MissingGlyph(0x1F691, "heading « Titre 🚑 »"),
                new MissingGlyph(0x6F22, "paragraph « Je lis 漢 deux fois 漢. »"),
                new MissingGlyph(0x7, "table cell « Bip \u0007 »"));
        assertThat(result.missing().get(1).message())
                .isEqualTo("U+6F22 CJK UNIFIED IDEOGRAPHS 6F22 (漢) in paragraph « Je lis 漢 deux fois 漢. » has no glyph in"
                        + " the PDF fonts");
        assertThat(result.missing().get(0).message())
                .isEqualTo("U+1F691 AMBULANCE (🚑) in heading « Titre 🚑 » has no glyph in the PDF fonts");
        assertThat(result.missing().get(1).character()).isEqualTo("漢");
        assertThat(result.missing().get(2).codePointLabel()).isEqualTo("U+0007");
        assertThat(result.isClean()).isFalse();
        assertThat(VeraPdf.failures(result.bytes(), VeraPdf.PDF_A)).isEmpty();
    }

    @Test
    void reportsCharactersOfTheIdentityToo() throws IOException {
        DocumentMeta snowman = PdfSamples.withOrganisation(DocumentFixtures.charterMeta(), "Centre ☃ hospitalier");
        assertThat(writer.write(PdfSamples.tree("<!-- cartouche -->\n\nTexte.\n", snowman), Optional.empty()).missing())
                .isEmpty();
        DocumentMeta ambulance = PdfSamples.withOrganisation(DocumentFixtures.charterMeta(), "Centre 🚑");
        assertThat(writer.write(PdfSamples.tree("<!-- cartouche -->\n\nTexte.\n", ambulance), Optional.empty()).missing())
                .extracting(MissingGlyph::place).containsExactly("running header", "cartouche");
    }

    @Test
    void drawsSymbolsLiberationLacksWithDejaVuEmbedded() throws IOException {
        GlyphCoverage fonts = GlyphCoverage.shipped();
        assertThat(fonts.has(PdfFonts.Face.REGULAR, 0x2713)).isFalse();
        assertThat(fonts.has(PdfFonts.Face.FALLBACK_REGULAR, 0x2713)).isTrue();

        PdfResult result = writer.write(PdfSamples.tree("Vérifié ✓ puis validé ✔, flèche → et ≥ 2.\n",
                DocumentFixtures.charterMeta()), Optional.empty());
        assertThat(result.missing()).isEmpty();
        try (WrittenPdf pdf = new WrittenPdf(result.bytes())) {
            assertThat(PdfSamplesTest.flat(pdf.text())).contains("Vérifié ✓ puis validé ✔, flèche → et ≥ 2.");
            assertThat(pdf.fonts()).extracting(PDFont::getName).anyMatch(name -> name.endsWith("DejaVuSans"));
            assertThat(pdf.fonts()).allMatch(PDFont::isEmbedded);
        }
        assertThat(VeraPdf.failures(result.bytes(), VeraPdf.PDF_A)).isEmpty();
        assertThat(VeraPdf.failures(result.bytes(), VeraPdf.PDF_UA)).isEmpty();
    }

    @Test
    void drawsEveryCharacterOfFrenchAndEnglishText() {
        String text = "Élève, cœur, ŒUVRE, « guillemets », l’apostrophe, 1 250 € — naïve façade, déjà ÇA, "
                + "Infirmier·ère, Pôle – SAMU, “quotes”, ‘single’, … • ° µg ≤ ≥ ± × ÷ ½ ‰ №";
        assertThat(text.codePoints().filter(c -> !GlyphCoverage.shipped().canDraw(c)).toArray()).isEmpty();
    }

    @Test
    void letsSpacesAndInvisibleCharactersPass() {
        GlyphCoverage fonts = GlyphCoverage.shipped();
        assertThat(fonts.canDraw(' ')).isTrue();
        assertThat(fonts.canDraw('\u2009')).isTrue();
        assertThat(fonts.canDraw('\u00AD')).isTrue();
        assertThat(fonts.canDraw('\u200B')).isTrue();
        assertThat(fonts.canDraw('\n')).isTrue();
        assertThat(fonts.canDraw('\u0000')).isFalse();
        assertThat(fonts.canDraw(0xE000)).isFalse();
        assertThat(fonts.canDraw(0xD800)).isFalse();
    }
}
