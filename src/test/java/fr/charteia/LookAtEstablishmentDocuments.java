package fr.charteia;

import fr.charteia.document.DocumentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the establishment charter and a department's documents with and without baseline into a folder, to look at. */
public final class LookAtEstablishmentDocuments {

    private LookAtEstablishmentDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/establishment-documents");
        Files.createDirectories(out);
        Toolkit toolkit = SampleDocuments.toolkit();
        List<DocumentKind> all = List.of(DocumentKind.values());
        List<OutputFormat> formats = List.of(OutputFormat.PDF, OutputFormat.DOCX);
        toolkit.write(toolkit.render(EstablishmentFixtures.checkedEstablishment(), all, formats), out);
        toolkit.write(toolkit.render(EstablishmentFixtures.urgences(true), all, formats), out.resolve("avec-socle"));
        toolkit.write(toolkit.render(EstablishmentFixtures.urgences(false), all, formats), out.resolve("sans-socle"));
        toolkit.close();
    }
}
