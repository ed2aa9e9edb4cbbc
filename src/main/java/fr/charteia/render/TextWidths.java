package fr.charteia.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import fr.charteia.document.UnbreakableText;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The width of a word in Liberation Sans regular or bold, in ems, from the fonts' own metrics: for
 * both writers' column widths, so that no word overflows its cell. Liberation Sans has Arial's
 * metrics, so the same measure holds for the PDF (set in Liberation Sans) and the Word file (set in
 * Arial). Characters outside the Basic Multilingual Plane or missing from the font count as an em.
 */
public final class TextWidths {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final TextWidths SHIPPED = new TextWidths();

    private final float[] regular = advances(REGULAR);
    private final float[] bold = advances(BOLD);

    private TextWidths() {
    }

    public static TextWidths shipped() {
        return SHIPPED;
    }

    /**
     * The width, in ems, of the longest word of each column of a table (where a line may break:
     * spaces, after a hyphen or a slash; never inside a phone number or an e-mail address, see
     * {@link UnbreakableText}): the room a column needs so that no word is cut. Header cells are
     * bold, and so are a matrix's status cells (after its first column).
     */
    public double[] longestWords(int columns, List<List<String>> header, List<List<String>> body, boolean matrix) {
        double[] widths = new double[columns];
        measure(header, true, matrix, widths);
        measure(body, false, matrix, widths);
        return widths;
    }

    private void measure(List<List<String>> rows, boolean header, boolean matrix, double[] widths) {
        for (List<String> row : rows) {
            for (int c = 0; c < Math.min(row.size(), widths.length); c++) {
                boolean bold = header || matrix && c > 0;
                for (String word : UnbreakableText.words(row.get(c))) {
                    widths[c] = Math.max(widths[c], ems(word, bold));
                }
            }
        }
    }

    public double ems(String text, boolean isBold) {
        float[] advances = isBold ? bold : regular;
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            width += codePoint < advances.length && advances[codePoint] > 0 ? advances[codePoint] : 1;
        }
        return width;
    }

    private static float[] advances(String resource) {
        try (InputStream in = TextWidths.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return advances(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + resource + " could not be read", e);
        }
    }

    private static float[] advances(byte[] file, String resource) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
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
            throw new UncheckedIOException("font " + resource + " could not be measured", e);
        }
    }
}
