package fr.charteia.compose;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentParser;
import java.util.Optional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown of two samples, compared whole with files kept in src/test/resources/golden. After a
 * deliberate change of templates or view model, regenerate them with
 * {@code mvn test -Dtest=GoldenMarkdownTest -Dcharteia.updateGoldens=true} and review the diff.
 */
class GoldenMarkdownTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final DocumentComposer COMPOSER = new DocumentComposer(TemplateSet.shipped());

    static Stream<Arguments> documents() {
        return Stream.of("urgences-adultes.yaml", "paediatrics-en.yaml", "pharmacie-pui.yaml").flatMap(sample ->
                Stream.of(DocumentKind.values()).map(kind -> Arguments.of(sample, kind)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void markdownMatchesTheGoldenFile(String sample, DocumentKind kind) throws IOException {
        String markdown = COMPOSER.compose(ComposeTestSupport.sample(sample), kind, Optional.empty()).markdown();
        Path golden = GOLDEN.resolve(sample.replace(".yaml", "") + "." + kind.name().toLowerCase(java.util.Locale.ROOT) + ".md");

        if (Boolean.getBoolean("charteia.updateGoldens")) {
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }

        assertThat(markdown).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static Stream<Arguments> everySample() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            List<Path> samples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            return samples.stream().flatMap(p -> Stream.of(DocumentKind.values()).map(kind -> Arguments.of(p.getFileName().toString(), kind)));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySample")
    void everyShippedTemplateRendersEverySampleIntoValidMarkup(String sample, DocumentKind kind) {
        ComposedDocument document = COMPOSER.compose(ComposeTestSupport.sample(sample), kind, Optional.empty());

        var tree = new DocumentParser().parse(document.markdown(), document.meta());

        assertThat(tree.root().getFirstChild()).isInstanceOf(fr.charteia.document.Cartouche.class);
        assertThat(document.markdown()).doesNotContain("{{", "}}");
        assertThat(document.fileStem()).matches("[a-z0-9-]+");
    }
}
