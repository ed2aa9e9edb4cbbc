package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.FrenchTypography;
import org.junit.jupiter.api.Test;

/** The no-break spaces that French typography adds can be drawn by the PDF fonts. */
class FrenchTypographyGlyphsTest {

    @Test
    void everyNoBreakSpaceItAddsHasAGlyph() {
        assertThat(GlyphCoverage.shipped().canDraw(FrenchTypography.NO_BREAK_SPACE)).isTrue();
        assertThat(GlyphCoverage.shipped().canDraw(FrenchTypography.NARROW_NO_BREAK_SPACE)).isTrue();
    }
}
