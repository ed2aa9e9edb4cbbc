package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.HeadingPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages told at layout time are the pages the PDF's bookmarks point to once it is written. */
class LaidOutHeadingsTest {

    static Stream<Arguments> documents() {
        return PdfSamples.files().stream().flatMap(file -> Stream.of(DocumentKind.values()).map(kind -> Arguments.of(file, kind)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void headingPagesAtLayoutAreTheBookmarksPages(Path sample, DocumentKind kind) throws Exception {
        List<List<HeadingPage>> told = new ArrayList<>();

        PdfResult pdf = new PdfWriter(Optional.empty()).write(PdfSamples.tree(sample, kind), Optional.empty(), told::add);

        assertThat(told).hasSize(1);
        assertThat(told.get(0)).isEqualTo(PdfOutline.headingPages(pdf.bytes())).isEqualTo(pdf.headingPages());
        if (kind == DocumentKind.CHARTER) {
            assertThat(told.get(0)).hasSizeGreaterThan(10);
            assertThat(told.get(0).get(told.get(0).size() - 1).page()).isGreaterThan(4);
        }
    }
}
