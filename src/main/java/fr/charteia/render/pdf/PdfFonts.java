package fr.charteia.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of the PDF, read from the classpath (never from the system) and embedded as subsets:
 * Liberation Sans, metric-compatible with Arial as in the Word files, in its four faces, and
 * DejaVu Sans regular and bold for the characters Liberation lacks (the stylesheet names both, in
 * that order, and the layout engine falls back character by character).
 */
final class PdfFonts {

    static final String MAIN_FAMILY = "Liberation Sans";
    static final String FALLBACK_FAMILY = "DejaVu Sans";

    /** A font file and the family, weight and style it serves under. */
    enum Face {
        REGULAR("liberation/LiberationSans-Regular.ttf", MAIN_FAMILY, 400, FontStyle.NORMAL),
        BOLD("liberation/LiberationSans-Bold.ttf", MAIN_FAMILY, 700, FontStyle.NORMAL),
        ITALIC("liberation/LiberationSans-Italic.ttf", MAIN_FAMILY, 400, FontStyle.ITALIC),
        BOLD_ITALIC("liberation/LiberationSans-BoldItalic.ttf", MAIN_FAMILY, 700, FontStyle.ITALIC),
        FALLBACK_REGULAR("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf", FALLBACK_FAMILY, 400, FontStyle.NORMAL),
        FALLBACK_BOLD("net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf", FALLBACK_FAMILY, 700, FontStyle.NORMAL);

        final String resource;
        final String family;
        final int weight;
        final FontStyle style;

        Face(String resource, String family, int weight, FontStyle style) {
            this.resource = resource;
            this.family = family;
            this.weight = weight;
            this.style = style;
        }

        boolean bold() {
            return weight >= 700;
        }

        boolean italic() {
            return style == FontStyle.ITALIC;
        }
    }

    /** The font files, read once: each rendering parses and subsets them from these bytes. */
    private static final Map<Face, byte[]> FILES = load();

    private PdfFonts() {
    }

    /**
     * Registers every face with the builder, for {@code document}; a face is only parsed when the layout
     * first needs it. Close the returned fonts once the document is saved.
     */
    static Loaded register(PdfRendererBuilder builder, PDDocument document) {
        Loaded loaded = new Loaded();
        for (Face face : Face.values()) {
            builder.useFont(new LazyFont(document, face, loaded), face.family, face.weight, face.style, true);
        }
        return loaded;
    }

    /**
     * The fonts lent to one document, kept until it is saved (subsetting reads them then), then given
     * back for the next document.
     */
    static final class Loaded implements Closeable {

        private final Map<Face, TrueTypeFont> fonts = new EnumMap<>(Face.class);

        synchronized void add(Face face, TrueTypeFont font) {
            fonts.put(face, font);
        }

        @Override
        public synchronized void close() {
            fonts.forEach(ParsedFonts::giveBack);
            fonts.clear();
        }
    }

    /**
     * Parsed font files, lent to one document at a time. Parsing a font and building its character
     * map took a tenth of the time of each PDF; a parsed font is only read by the document it is lent
     * to (a PDFBox font is not safe to share between threads), so each is parsed once per document made
     * at the same time, and kept.
     */
    private static final class ParsedFonts {

        private static final Map<Face, Queue<TrueTypeFont>> IDLE = idle();

        static TrueTypeFont borrow(Face face) throws IOException {
            TrueTypeFont idle = IDLE.get(face).poll();
            if (idle != null) {
                return idle;
            }
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(FILES.get(face)));
            parsed.setEnableGsub(false);
            return parsed;
        }

        static void giveBack(Face face, TrueTypeFont font) {
            IDLE.get(face).add(font);
        }

        private static Map<Face, Queue<TrueTypeFont>> idle() {
            Map<Face, Queue<TrueTypeFont>> idle = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                idle.put(face, new ConcurrentLinkedQueue<>());
            }
            return idle;
        }
    }

    /**
     * A face loaded when first asked for, parsed from the bytes read at start-up, without glyph substitution:
     * PDFBox 3 otherwise runs its GSUB engine on every string drawn, which costs more than the rest of
     * the rendering, for Latin text that has no substitution to make (no ligature is wanted: Word
     * applies none either).
     */
    private static final class LazyFont extends PDFontSupplier {

        private final PDDocument document;
        private final Face face;
        private final Loaded loaded;
        private PDFont font;

        LazyFont(PDDocument document, Face face, Loaded loaded) {
            super(null);
            this.document = document;
            this.face = face;
            this.loaded = loaded;
        }

        @Override
        public synchronized PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont parsed = ParsedFonts.borrow(face);
                    loaded.add(face, parsed);
                    font = PDType0Font.load(document, parsed, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("font " + face.resource + " could not be loaded", e);
                }
            }
            return font;
        }
    }

    static byte[] file(Face face) {
        return FILES.get(face);
    }

    private static Map<Face, byte[]> load() {
        Map<Face, byte[]> files = new EnumMap<>(Face.class);
        ClassLoader loader = PdfFonts.class.getClassLoader();
        for (Face face : Face.values()) {
            try (InputStream in = loader.getResourceAsStream(face.resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + face.resource + " is missing from the classpath");
                }
                files.put(face, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("font " + face.resource + " could not be read", e);
            }
        }
        return files;
    }
}
