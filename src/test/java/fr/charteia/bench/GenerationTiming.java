package fr.charteia.bench;

import fr.charteia.compose.ComposedDocument;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.compose.TemplateSet;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentParser;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.model.Questionnaire;
import fr.charteia.render.docx.DocxWriter;
import fr.charteia.render.pdf.PdfWriter;
import fr.charteia.validation.QuestionnaireValidator;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Warm time to produce one department's documents, measured in one JVM after warm-up. Not a test:
 * speed is measured here, never asserted. Run after {@code mvn package}:
 * {@code java -cp target/test-classes:target/charte-ia.jar fr.charteia.bench.GenerationTiming [sample]}.
 */
public final class GenerationTiming {

    private static final int WARM_UP = 15;
    private static final int MEASURED = 30;

    private GenerationTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "samples/urgences-adultes.yaml");
        QuestionnaireLoader loader = new QuestionnaireLoader();
        DocumentComposer composer = new DocumentComposer(TemplateSet.shipped());
        DocumentParser parser = new DocumentParser();
        DocxWriter docx = new DocxWriter();
        PdfWriter pdf = new PdfWriter();
        try (QuestionnaireValidator validator = new QuestionnaireValidator()) {
            for (int i = 0; i < WARM_UP; i++) {
                once(sample, loader, validator, composer, parser, docx, pdf);
            }
            long[] phases = new long[4];
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                long[] one = once(sample, loader, validator, composer, parser, docx, pdf);
                for (int p = 0; p < phases.length; p++) {
                    phases[p] += one[p];
                }
            }
            double total = (System.nanoTime() - start) / 1e6 / MEASURED;
            System.out.printf(Locale.ROOT, "%s: %.1f ms per department for its four files (load+validate %.1f ms, "
                    + "compose+parse %.1f ms, two DOCX %.1f ms, two PDF %.1f ms = %.0f %%), mean of %d after %d warm-up runs%n",
                    sample, total, phases[0] / 1e6 / MEASURED, phases[1] / 1e6 / MEASURED, phases[2] / 1e6 / MEASURED,
                    phases[3] / 1e6 / MEASURED, 100.0 * phases[3] / (phases[0] + phases[1] + phases[2] + phases[3]),
                    MEASURED, WARM_UP);
        }
    }

    private static long[] once(Path sample, QuestionnaireLoader loader, QuestionnaireValidator validator,
            DocumentComposer composer, DocumentParser parser, DocxWriter docx, PdfWriter pdf) throws Exception {
        long t0 = System.nanoTime();
        var loaded = loader.load(sample);
        validator.validate(loaded, Locale.FRENCH);
        Questionnaire q = loaded.questionnaire().orElseThrow();
        long t1 = System.nanoTime();
        long composeTime = 0;
        long writeTime = 0;
        long pdfTime = 0;
        for (DocumentKind kind : DocumentKind.values()) {
            long c0 = System.nanoTime();
            ComposedDocument document = composer.compose(q, kind, sample.toAbsolutePath().getParent());
            var tree = parser.parse(document.markdown(), document.meta());
            long c1 = System.nanoTime();
            docx.write(tree);
            long c2 = System.nanoTime();
            pdf.write(tree, java.util.Optional.empty());
            pdfTime += System.nanoTime() - c2;
            writeTime += c2 - c1;
            composeTime += c1 - c0;
        }
        return new long[] {t1 - t0, composeTime, writeTime, pdfTime};
    }
}
