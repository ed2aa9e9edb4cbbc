package fr.charteia.render.pdf;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.SourceAttachment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Not a test: the warm time to write a department's charter and sheet as PDF. */
public final class TimePdf {

    private TimePdf() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        PdfWriter writer = new PdfWriter(Optional.empty());
        List<DocumentTree[]> departments = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        for (Path file : PdfSamples.files()) {
            departments.add(new DocumentTree[] {PdfSamples.tree(file, DocumentKind.CHARTER),
                PdfSamples.tree(file, DocumentKind.SHEET)});
            sources.add(Files.readAllBytes(file));
        }
        long first = System.nanoTime();
        writer.write(departments.get(0)[0], Optional.of(SourceAttachment.questionnaire(sources.get(0))));
        System.out.printf("first charter in this JVM (fonts, CSS, classes loaded): %.0f ms%n",
                (System.nanoTime() - first) / 1e6);
        long t0 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            run(writer, departments, sources);
        }
        System.out.printf("warm-up (3 rounds of %d departments): %.0f ms%n", departments.size(), (System.nanoTime() - t0) / 1e6);
        long charter = 0;
        long sheet = 0;
        for (int i = 0; i < rounds; i++) {
            for (int d = 0; d < departments.size(); d++) {
                long a = System.nanoTime();
                writer.write(departments.get(d)[0], Optional.of(SourceAttachment.questionnaire(sources.get(d))));
                long b = System.nanoTime();
                writer.write(departments.get(d)[1], Optional.of(SourceAttachment.questionnaire(sources.get(d))));
                long c = System.nanoTime();
                charter += b - a;
                sheet += c - b;
            }
        }
        int n = rounds * departments.size();
        System.out.printf("per department: charter %.1f ms, sheet %.1f ms, both %.1f ms (%d departments x %d rounds)%n",
                charter / 1e6 / n, sheet / 1e6 / n, (charter + sheet) / 1e6 / n, departments.size(), rounds);
    }

    private static void run(PdfWriter writer, List<DocumentTree[]> departments, List<byte[]> sources) throws Exception {
        for (int d = 0; d < departments.size(); d++) {
            for (DocumentTree tree : departments.get(d)) {
                writer.write(tree, Optional.of(SourceAttachment.questionnaire(sources.get(d))));
            }
        }
    }
}
