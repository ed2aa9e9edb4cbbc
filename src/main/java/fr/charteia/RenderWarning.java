package fr.charteia;

import fr.charteia.render.pdf.MissingGlyph;

/** Something a written file does not do as its document asks; the file is still written. */
public sealed interface RenderWarning {

    /** The file concerned. */
    String fileName();

    /** A character no font of the PDF can draw: it is printed as « # ». */
    record UndrawableCharacter(String fileName, MissingGlyph glyph) implements RenderWarning {
    }

    /** A best-practice sheet that runs over one A4 page even in its tightest layout. */
    record SheetTooLong(String fileName, int pages) implements RenderWarning {
    }
}
