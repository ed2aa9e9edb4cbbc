package fr.charteia.render.pdf;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.SourceAttachment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Not a test: writes PDFs to look at ({@code pdftoppm -png -r 60 charter.pdf page}) and their XHTML,
 * for every sample, plus the conventions fixture with a logo. Argument: the output folder
 * (default /tmp/pdf-look).
 */
public final class LookAtPdf {

    private LookAtPdf() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/pdf-look");
        Files.createDirectories(folder);
        PdfWriter writer = new PdfWriter();
        for (Path file : PdfSamples.files()) {
            String name = file.getFileName().toString().replace(".yaml", "");
            byte[] yaml = Files.readAllBytes(file);
            for (DocumentKind kind : DocumentKind.values()) {
                DocumentTree tree = PdfSamples.tree(file, kind);
                PdfResult result = writer.write(tree, Optional.of(SourceAttachment.questionnaire(yaml)));
                String stem = name + "-" + kind.name().toLowerCase(java.util.Locale.ROOT);
                Files.write(folder.resolve(stem + ".pdf"), result.bytes());
                Files.writeString(folder.resolve(stem + ".xhtml"), XhtmlDocument.of(tree).xhtml());
                System.out.println(stem + ": " + result.pageCount() + " pages, " + result.bytes().length + " bytes"
                        + (result.missing().isEmpty() ? "" : ", missing " + result.missing())
                        + (result.warnings().isEmpty() ? "" : ", " + result.warnings()));
            }
        }
        DocumentTree conventions = PdfSamples.tree(DocumentFixtures.conventionsMarkdown(),
                PdfSamples.withLogo(DocumentFixtures.charterMeta()));
        Files.write(folder.resolve("conventions-logo.pdf"), writer.write(conventions));
        Files.writeString(folder.resolve("conventions-logo.xhtml"), XhtmlDocument.of(conventions).xhtml());
        DocumentTree sheet = PdfSamples.tree(DocumentFixtures.conventionsMarkdown(),
                PdfSamples.asSheet(PdfSamples.withLogo(DocumentFixtures.charterMeta())));
        Files.write(folder.resolve("conventions-sheet.pdf"), writer.write(sheet));
    }
}
