package fr.charteia.document;

/**
 * Where a heading fell once the document was laid out: its text and its page, counted from 1.
 * The PDF's layout gives them (its bookmarks); the Word file prints them in its table of contents,
 * which cannot lay out pages itself.
 */
public record HeadingPage(String text, int page) {

    public HeadingPage {
        if (page < 1) {
            throw new IllegalArgumentException("pages are counted from 1, not " + page);
        }
    }
}
