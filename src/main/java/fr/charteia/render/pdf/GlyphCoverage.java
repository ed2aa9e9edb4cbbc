package fr.charteia.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the PDF fonts can draw, read from their character maps with fontbox. A
 * character passes when, in each of the four styles (regular, bold, italic, bold italic), the
 * Liberation face or the DejaVu face of the same weight has it: wherever it stands, the layout
 * engine then finds a glyph. Spaces pass (the layout engine draws a plain space for any space it
 * lacks), and so do invisible format characters (soft hyphen, zero-width joiners), which are
 * never drawn. Everything else without a glyph is missing.
 */
final class GlyphCoverage {

    private static final GlyphCoverage SHIPPED = new GlyphCoverage();

    private final Map<PdfFonts.Face, CmapLookup> maps = new EnumMap<>(PdfFonts.Face.class);
    /**
     * Answers already worked out for the Basic Multilingual Plane: 0 not yet, 1 drawable, 2 missing. Filled
     * as characters come; two threads may work out the same answer, which they write alike.
     */
    private final byte[] answers = new byte[0x10000];

    private GlyphCoverage() {
        for (PdfFonts.Face face : PdfFonts.Face.values()) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.file(face)))) {
                CmapLookup lookup = font.getUnicodeCmapLookup();
                if (lookup == null) {
                    throw new IllegalStateException("font " + face.resource + " has no Unicode character map");
                }
                maps.put(face, lookup);
            } catch (IOException e) {
                throw new UncheckedIOException("font " + face.resource + " could not be parsed", e);
            }
        }
    }

    static GlyphCoverage shipped() {
        return SHIPPED;
    }

    /** The characters of these texts no font can draw, each once per place, in document order. */
    List<MissingGlyph> missing(List<TextRun> texts) {
        List<MissingGlyph> missing = new ArrayList<>();
        Set<MissingGlyph> seen = new HashSet<>();
        for (TextRun run : texts) {
            String text = run.text();
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                if (!canDraw(codePoint)) {
                    MissingGlyph glyph = new MissingGlyph(codePoint, run.place());
                    if (seen.add(glyph)) {
                        missing.add(glyph);
                    }
                }
            }
        }
        return missing;
    }

    boolean canDraw(int codePoint) {
        if (codePoint >= answers.length) {
            return lookUp(codePoint);
        }
        byte answer = answers[codePoint];
        if (answer == 0) {
            answer = lookUp(codePoint) ? (byte) 1 : (byte) 2;
            answers[codePoint] = answer;
        }
        return answer == 1;
    }

    private boolean lookUp(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return true;
        }
        if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
            return false;
        }
        if (Character.isSpaceChar(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        return inStyle(codePoint, PdfFonts.Face.REGULAR, PdfFonts.Face.FALLBACK_REGULAR)
                && inStyle(codePoint, PdfFonts.Face.BOLD, PdfFonts.Face.FALLBACK_BOLD)
                && inStyle(codePoint, PdfFonts.Face.ITALIC, PdfFonts.Face.FALLBACK_REGULAR)
                && inStyle(codePoint, PdfFonts.Face.BOLD_ITALIC, PdfFonts.Face.FALLBACK_BOLD);
    }

    /** Whether the font of this face has a glyph for the character. */
    boolean has(PdfFonts.Face face, int codePoint) {
        return maps.get(face).getGlyphId(codePoint) > 0;
    }

    private boolean inStyle(int codePoint, PdfFonts.Face main, PdfFonts.Face fallback) {
        return has(main, codePoint) || has(fallback, codePoint);
    }
}
