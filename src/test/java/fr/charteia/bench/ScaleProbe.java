package fr.charteia.bench;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.DocumentSet;
import fr.charteia.OutputFormat;
import fr.charteia.QuestionnaireSource;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Times, in one JVM, validating then rendering each file given: for profiling by hand, not a test. */
final class ScaleProbe {

    public static void main(String[] args) throws Exception {
        try (Toolkit toolkit = Toolkit.create()) {
            for (String arg : args) {
                boolean render = !arg.startsWith("v:");
                Path file = Path.of(render ? arg : arg.substring(2));
                QuestionnaireSource source = new QuestionnaireSource(file.getFileName().toString(), Files.readAllBytes(file),
                        Optional.empty());
                long t0 = System.nanoTime();
                CheckedQuestionnaire checked = toolkit.validate(source, Locale.FRENCH);
                long t1 = System.nanoTime();
                String line = String.format(Locale.ROOT, "%s validate %.2f s valid=%s findings=%d", file.getFileName(),
                        (t1 - t0) / 1e9, checked.valid(), checked.report().findings().size());
                if (render && checked.valid()) {
                    for (OutputFormat format : OutputFormat.values()) {
                        long r0 = System.nanoTime();
                        DocumentSet set = toolkit.render(checked, List.of(DocumentKind.values()), List.of(format));
                        line += String.format(Locale.ROOT, " %s %.2f s (%d bytes)", format, (System.nanoTime() - r0) / 1e9,
                                set.files().stream().mapToInt(f -> f.bytes().length).sum());
                    }
                }
                System.out.println(line);
            }
        }
    }
}
