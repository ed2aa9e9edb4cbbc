package fr.charteia.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A written PDF reopened with PDFBox, with the look-ups the tests share. Close it after use. */
final class WrittenPdf implements AutoCloseable {

    final byte[] bytes;
    final PDDocument document;

    WrittenPdf(byte[] bytes) {
        this.bytes = bytes;
        try {
            this.document = Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** The text of the whole document, no-break spaces read as spaces. */
    String text() {
        return text(1, pages());
    }

    /** The text of one page (1-based). */
    String page(int number) {
        return text(number, number);
    }

    /** The text of one page in reading position, top to bottom and left to right, as a person reads it. */
    String pageByPosition(int number) {
        return text(number, number, true);
    }

    private String text(int first, int last) {
        return text(first, last, false);
    }

    private String text(int first, int last, boolean byPosition) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return spaces(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every glyph drawn on a page (1-based), with its position, in drawing order. */
    List<TextPosition> glyphs(int number) {
        List<TextPosition> glyphs = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            };
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** How many images a page (1-based) draws, those inside form XObjects included. */
    int images(int number) {
        PDPage page = document.getPage(number - 1);
        int[] count = {0};
        try {
            new ImageCounter(page, () -> count[0]++).processPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** Draws nothing: counts the images a page draws. */
    private static final class ImageCounter extends org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine {

        private final Runnable onImage;

        ImageCounter(PDPage page, Runnable onImage) {
            super(page);
            this.onImage = onImage;
        }

        @Override
        public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
            onImage.run();
        }

        @Override
        public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                java.awt.geom.Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public java.awt.geom.Point2D getCurrentPoint() {
            return new java.awt.geom.Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    /**
     * The printed lines of a page, cut where a wide gap separates two columns or two table cells:
     * each segment as a reader sees it, from its first glyph to its last.
     */
    List<String> lineSegments(int number) {
        List<TextPosition> glyphs = glyphs(number);
        java.util.Map<Long, List<TextPosition>> lines = new java.util.TreeMap<>();
        for (TextPosition glyph : glyphs) {
            lines.computeIfAbsent((long) Math.round(glyph.getYDirAdj()), y -> new ArrayList<>()).add(glyph);
        }
        List<String> segments = new ArrayList<>();
        for (List<TextPosition> line : lines.values()) {
            line.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder segment = new StringBuilder();
            TextPosition previous = null;
            for (TextPosition glyph : line) {
                if (previous != null) {
                    double gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                    if (gap > 2 * glyph.getFontSizeInPt()) {
                        segments.add(spaces(segment.toString()).strip());
                        segment.setLength(0);
                    } else if (gap > 0.15 * glyph.getFontSizeInPt()) {
                        segment.append(' ');
                    }
                }
                segment.append(glyph.getUnicode());
                previous = glyph;
            }
            segments.add(spaces(segment.toString()).strip());
        }
        segments.removeIf(String::isEmpty);
        return segments;
    }

    /** No-break spaces (U+00A0, U+202F) as plain spaces: what a reader sees. */
    static String spaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** The bookmark titles, depth first, each indented by two spaces per level. */
    List<String> bookmarks() {
        List<String> titles = new ArrayList<>();
        if (document.getDocumentCatalog().getDocumentOutline() != null) {
            collect(document.getDocumentCatalog().getDocumentOutline(), 0, titles);
        }
        return titles;
    }

    private static void collect(PDOutlineNode node, int depth, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add("  ".repeat(depth) + item.getTitle());
            collect(item, depth + 1, titles);
        }
    }

    /** Every font used on every page, in form XObjects too. */
    List<PDFont> fonts() {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collectFonts(page.getResources(), fonts, 0);
        }
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) {
        if (resources == null || depth > 8) {
            return;
        }
        try {
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDFormXObject form) {
                    collectFonts(form.getResources(), fonts, depth + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded files of the EmbeddedFiles name tree, by name. */
    java.util.Map<String, PDComplexFileSpecification> attachments() {
        try {
            var names = document.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null || names.getEmbeddedFiles().getNames() == null) {
                return java.util.Map.of();
            }
            return names.getEmbeddedFiles().getNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
