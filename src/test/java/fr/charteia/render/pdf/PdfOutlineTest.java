package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.HeadingPage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page of every heading, read back from the bookmarks of a written PDF. */
class PdfOutlineTest {

    @Test
    void everyHeadingInOrderWithThePageItLandedOn() throws Exception {
        String markdown = "# Premier\n\nTexte.\n\n## Sous-partie\n\nTexte.\n\n<!-- pagebreak -->\n\n# Second\n\nTexte.\n";
        byte[] pdf = new PdfWriter(Optional.empty())
                .write(new DocumentParser().parse(markdown, DocumentFixtures.charterMeta()));

        assertThat(PdfOutline.headingPages(pdf)).containsExactly(new HeadingPage("Premier", 1),
                new HeadingPage("Sous-partie", 1), new HeadingPage("Second", 2));
    }

    @Test
    void aPdfWithoutHeadingsHasNone() throws Exception {
        byte[] pdf = new PdfWriter(Optional.empty())
                .write(new DocumentParser().parse("Texte seul.\n", DocumentFixtures.charterMeta()));

        assertThat(PdfOutline.headingPages(pdf)).isEmpty();
    }
}
