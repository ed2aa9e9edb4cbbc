package fr.charteia.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.SourceAttachment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample questionnaire, charter and sheet, written once with its questionnaire attached, passes
 * veraPDF as PDF/A-3a and PDF/UA-1 with no failed rule. veraPDF reads every object of every file, the
 * slowest check of the PDFs: it runs in mvn verify, the other checks of the same files in
 * {@link PdfSamplesTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfSamplesConformanceIT {

    private final Map<String, byte[]> written = new LinkedHashMap<>();

    @BeforeAll
    void writeEverySample() throws IOException {
        PdfWriter writer = new PdfWriter(Optional.empty());
        for (Path file : PdfSamples.files()) {
            byte[] source = Files.readAllBytes(file);
            for (DocumentKind kind : DocumentKind.values()) {
                PdfResult result = writer.write(PdfSamples.tree(file, kind),
                        Optional.of(SourceAttachment.questionnaire(source)));
                written.put(file.getFileName() + " " + kind.name().toLowerCase(Locale.ROOT), result.bytes());
            }
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
