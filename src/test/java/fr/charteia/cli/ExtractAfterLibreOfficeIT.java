package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.render.docx.LibreOffice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word charter re-saved by LibreOffice (which drops the package part charte-ia adds) still gives
 * back its questionnaire, from the custom document properties. Runs where soffice is installed
 * (.ci/run installs it).
 */
@EnabledIf("fr.charteia.render.docx.LibreOffice#isInstalled")
class ExtractAfterLibreOfficeIT {

    @TempDir
    Path dir;

    @Test
    void theQuestionnaireSurvivesALibreOfficeReSaveOfTheWordFile() throws Exception {
        Path sample = Path.of("samples/pharmacie-pui.yaml");
        Path out = dir.resolve("out");
        assertThat(CommandLineRun.of("generate", "--out", out.toString(), "--format", "docx", sample.toString()).exitCode()).isZero();
        Path charter = out.resolve("charte-ia-pharmacie-a-usage-interieur-pui.docx");
        Path reSaved = dir.resolve("re-saved").resolve(charter.getFileName());

        convertToDocx(charter, reSaved.getParent());
        Path extracted = dir.resolve("extracted.yaml");
        CommandLineRun run = CommandLineRun.of("extract", reSaved.toString(), "--out", extracted.toString());

        assertThat(entries(reSaved)).as("LibreOffice drops charte-ia's own part").noneMatch(name -> name.startsWith("charte-ia/"))
                .contains("docProps/custom.xml");
        // LibreOffice names its Word export after the type it detected in the input: either is a real .docx re-save
        assertThat(Files.readString(reSaved.getParent().resolve("soffice.log"))).containsAnyOf("Office Open XML Text",
                "MS Word 2007 XML");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readAllBytes(extracted)).isEqualTo(Files.readAllBytes(sample));
    }

    private static List<String> entries(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return zip.stream().map(entry -> entry.getName()).toList();
        }
    }

    private void convertToDocx(Path docx, Path outDir) throws IOException, InterruptedException {
        Path log = LibreOffice.convert(dir, "docx", List.of(docx.toString()), outDir);
        assertThat(outDir.resolve(docx.getFileName())).as(Files.readString(log)).exists();
    }
}
