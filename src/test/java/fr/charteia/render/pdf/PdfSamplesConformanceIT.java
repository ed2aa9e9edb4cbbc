package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.EstablishmentFixtures;
import fr.charteia.OutputFormat;
import fr.charteia.RenderedFile;
import fr.charteia.SampleDocuments;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample questionnaire, charter and sheet, written once with its questionnaire attached, passes
 * veraPDF as PDF/A-3a and PDF/UA-1 with no failed rule. veraPDF reads every object of every file, the
 * slowest check of the PDFs: it runs in mvn verify, the other checks of the same files in
 * {@link PdfSamplesTest}. The establishment charter of the test baseline and a department charter
 * and sheet shortened by it are checked too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfSamplesConformanceIT {

    private final Map<String, byte[]> written = new LinkedHashMap<>();

    /** Every sample's charter and sheet as {@code generate} makes them, through the toolkit. */
    @BeforeAll
    void writeEverySample() {
        Toolkit toolkit = SampleDocuments.toolkit();
        for (Path file : PdfSamples.files()) {
            for (RenderedFile pdf : toolkit.render(SampleDocuments.checked(file), List.of(DocumentKind.values()),
                    List.of(OutputFormat.PDF)).files()) {
                written.put(file.getFileName() + " " + pdf.kind().name().toLowerCase(Locale.ROOT), pdf.bytes());
            }
        }
        // the establishment charter, and a department's documents shortened by its baseline
        written.put("etablissement.yaml charter", toolkit.render(EstablishmentFixtures.checkedEstablishment(),
                List.of(DocumentKind.CHARTER), List.of(OutputFormat.PDF)).files().get(0).bytes());
        for (RenderedFile pdf : toolkit.render(EstablishmentFixtures.urgences(true), List.of(DocumentKind.values()),
                List.of(OutputFormat.PDF)).files()) {
            written.put("urgences-adultes.yaml with baseline " + pdf.kind().name().toLowerCase(Locale.ROOT), pdf.bytes());
        }
    }

    Stream<String> samples() {
        return written.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void conformsToPdfA3aWithNoFailedRule(String sample) {
        assertThat(VeraPdf.failures(written.get(sample), VeraPdf.PDF_A)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void conformsToPdfUa1WithNoFailedRule(String sample) {
        assertThat(VeraPdf.failures(written.get(sample), VeraPdf.PDF_UA)).isEmpty();
    }
}
