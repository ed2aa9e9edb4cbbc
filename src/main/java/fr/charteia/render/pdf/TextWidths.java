package fr.charteia.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The width of a word in Liberation Sans regular or bold, in ems, from the fonts' own metrics: for
 * the writer's column widths, so that no word overflows its cell. Characters outside the Basic
 * Multilingual Plane or missing from the font count as an em.
 */
final class TextWidths {

    private static final TextWidths SHIPPED = new TextWidths();

    private final float[] regular = advances(PdfFonts.Face.REGULAR);
    private final float[] bold = advances(PdfFonts.Face.BOLD);

    private TextWidths() {
    }

    static TextWidths shipped() {
        return SHIPPED;
    }

    double ems(String text, boolean isBold) {
        float[] advances = isBold ? bold : regular;
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            width += codePoint < advances.length && advances[codePoint] > 0 ? advances[codePoint] : 1;
        }
        return width;
    }

    private static float[] advances(PdfFonts.Face face) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.file(face)))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            HorizontalMetricsTable metrics = font.getHorizontalMetrics();
            float unitsPerEm = font.getUnitsPerEm();
            float[] advances = new float[0x10000];
            for (int c = 0; c < advances.length; c++) {
                int glyph = cmap.getGlyphId(c);
                if (glyph > 0) {
                    advances[c] = metrics.getAdvanceWidth(glyph) / unitsPerEm;
                }
            }
            return advances;
        } catch (IOException e) {
            throw new UncheckedIOException("font " + face.resource + " could not be measured", e);
        }
    }
}
