package fr.charteia.bench;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.OutputFormat;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import java.nio.file.Path;
import java.util.List;
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

    public static void main(String[] args) {
        Path sample = Path.of(args.length > 0 ? args[0] : "samples/urgences-adultes.yaml");
        List<DocumentKind> documents = List.of(DocumentKind.values());
        List<OutputFormat> formats = List.of(OutputFormat.DOCX, OutputFormat.PDF);
        try (Toolkit toolkit = Toolkit.create()) {
            for (int i = 0; i < WARM_UP; i++) {
                toolkit.render(toolkit.validate(sample, Locale.FRENCH), documents, formats);
            }
            long validation = 0;
            long rendering = 0;
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                CheckedQuestionnaire checked = toolkit.validate(sample, Locale.FRENCH);
                long validated = System.nanoTime();
                toolkit.render(checked, documents, formats);
                rendering += System.nanoTime() - validated;
                validation += validated - start;
            }
            System.out.printf(Locale.ROOT, "%s: %.1f ms per department for its four files (validate %.1f ms, render %.1f ms),"
                    + " mean of %d after %d warm-up runs%n", sample, (validation + rendering) / 1e6 / MEASURED,
                    validation / 1e6 / MEASURED, rendering / 1e6 / MEASURED, MEASURED, WARM_UP);
        }
    }
}
