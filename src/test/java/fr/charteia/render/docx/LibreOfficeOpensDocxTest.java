package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample's Word files open in LibreOffice as a user's would: converted headless to PDF, the
 * charter runs over several pages and the sheet holds on one. Runs where soffice is installed
 * (.ci/run installs it).
 */
@EnabledIf("sofficeIsInstalled")
class LibreOfficeOpensDocxTest {

    @TempDir
    Path dir;

    static boolean sofficeIsInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "soffice")));
    }

    @Test
    void everySampleCharterAndSheetConvertWithTheirTextAndTheSheetOnOnePage() throws Exception {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("generate", "--out", out.toString()));
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

    private void convert(List<String> docx, Path pdfDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdfDir.toString()));
        command.addAll(docx);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }
}
