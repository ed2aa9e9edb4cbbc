package fr.charteia.render.pdf;

import fr.charteia.document.HeadingPage;
import java.util.List;

/**
 * A written PDF and what the caller must tell the user about it.
 *
 * @param bytes the PDF file
 * @param pageCount its number of pages
 * @param missing the characters no font could draw (printed as « # »), each with its place; empty
 *     when every character has a glyph
 * @param warnings what did not go as the document asks, in plain words: a sheet that could not be
 *     fitted on one page even when tightened
 * @param headingPages the page each heading landed on, in document order (what the Word table of
 *     contents prints)
 */
public record PdfResult(byte[] bytes, int pageCount, List<MissingGlyph> missing, List<String> warnings,
        List<HeadingPage> headingPages) {

    public PdfResult {
        bytes = bytes.clone();
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
        headingPages = List.copyOf(headingPages);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether the PDF is exactly what the document asks: every character drawn, no warning. */
    public boolean isClean() {
        return missing.isEmpty() && warnings.isEmpty();
    }
}
