package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.cli.Main;
import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.HeadingPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample's Word files open in LibreOffice as a user's would: converted headless to PDF, the
 * charter runs over several pages and the sheet holds on one; the header beside a logo and the
 * contents with their page numbers read as written. Runs where soffice is installed
 * (.ci/run installs it).
 */
@EnabledIf("fr.charteia.render.docx.LibreOffice#isInstalled")
class LibreOfficeOpensDocxIT {

    @TempDir
    Path dir;

    @Test
    void everySampleCharterAndSheetConvertWithTheirTextAndTheSheetOnOnePage() throws Exception {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("generate", "--format", "docx", "--out", out.toString()));
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            samples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> args.add(p.toString()));
        }
        assertThat(Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())))
                .isZero();
        List<String> docx;
        try (Stream<Path> files = Files.list(out)) {
            docx = files.map(Path::toString).filter(f -> f.endsWith(".docx")).sorted().toList();
        }
        assertThat(docx).hasSize(12);

        convert(docx, dir.resolve("pdf"));

        for (String file : docx) {
            String name = Path.of(file).getFileName().toString().replace(".docx", ".pdf");
            try (PDDocument pdf = Loader.loadPDF(dir.resolve("pdf").resolve(name).toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                if (name.startsWith("fiche") || name.startsWith("ai-sheet")) {
                    assertThat(pdf.getNumberOfPages()).as(name).isEqualTo(1);
                } else {
                    assertThat(pdf.getNumberOfPages()).as(name).isGreaterThan(5);
                }
                assertThat(text).as(name).contains("Centre hospitalier de Valmont");
            }
        }
    }

    @Test
    void theHeaderBesideALogoAndTheContentsWithTheirPagesLookAsWrittenOnceLaidOut() throws Exception {
        String organisation = "Centre hospitalier universitaire de Valmont-sur-Loire et des Hauts-de-Brenne";
        var meta = DocxSamples.withOrganisation(DocxSamples.withLogo(DocumentFixtures.charterMeta()), organisation);
        List<HeadingPage> pages = List.of(new HeadingPage("1. Objet et champ d'application", 2),
                new HeadingPage("2. Engagement", 3));
        Path docx = dir.resolve("logo.docx");
        Files.write(docx, new DocxWriter(Optional.empty()).write(
                DocxSamples.tree(DocumentFixtures.conventionsMarkdown(), meta), Optional.empty(), pages));

        convert(List.of(docx.toString()), dir.resolve("pdf"));

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("pdf").resolve("logo.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            List<String> lines = stripper.getText(pdf).lines().map(String::strip).toList();
            assertThat(lines).containsSubsequence(organisation, "Urgences adultes (SAU) — QUA-IA-URG-001");
            List<String> all = new PDFTextStripper().getText(pdf).lines().map(String::strip).toList();
            assertThat(all).anyMatch(line -> line.matches("1\\. Objet et champ d'application\\.{10,} ?2"))
                    .anyMatch(line -> line.matches("2\\. Engagement\\.{10,} ?3"));
        }
    }

    private void convert(List<String> docx, Path pdfDir) throws IOException, InterruptedException {
        LibreOffice.convert(dir, "pdf", docx, pdfDir);
    }
}
