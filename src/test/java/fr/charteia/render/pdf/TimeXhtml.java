package fr.charteia.render.pdf;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: the warm time of our own code on the PDF's path, the tree written as XHTML (with the
 * typography, the unbreakable phone numbers and the column widths) in the four layouts a sheet may
 * take, for every sample's charter and sheet. Run after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) fr.charteia.render.pdf.TimeXhtml [rounds]}.
 */
public final class TimeXhtml {

    private TimeXhtml() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<DocumentTree> trees = new ArrayList<>();
        for (Path file : PdfSamples.files()) {
            trees.add(PdfSamples.tree(file, DocumentKind.CHARTER));
            trees.add(PdfSamples.tree(file, DocumentKind.SHEET));
        }
        long length = 0;
        for (int i = 0; i < rounds; i++) {
            length += once(trees);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            length += once(trees);
        }
        double perRound = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf(Locale.ROOT, "%d documents x 4 layouts: %.2f ms a round (mean of %d after %d warm-up; %d)%n",
                trees.size(), perRound, rounds, rounds, length % 10);
    }

    private static long once(List<DocumentTree> trees) {
        long length = 0;
        for (DocumentTree tree : trees) {
            for (int tightening = 0; tightening <= 3; tightening++) {
                length += XhtmlDocument.of(tree, tightening).xhtml().length();
            }
        }
        return length;
    }
}
