package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questionnaire travels with the document: extract recovers it, and regenerating gives the same bytes. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void questionnaireExtractedFromTheWordCharterRegeneratesIdenticalDocuments() throws IOException {
        Path first = dir.resolve("first");
        assertThat(CommandLineRun.of("generate", "--out", first.toString(), "samples/imagerie-medicale.yaml").exitCode()).isZero();
        Path extracted = dir.resolve("revision/imagerie.yaml");

        CommandLineRun extract = CommandLineRun.of("extract", first.resolve("charte-ia-imagerie-medicale.docx").toString(),
                "--out", extracted.toString());
        Path second = dir.resolve("second");
        CommandLineRun regenerate = CommandLineRun.of("generate", "--out", second.toString(), extracted.toString());

        assertThat(extract.exitCode()).as(extract.all()).isZero();
        assertThat(Files.readString(extracted)).contains("schema: charte-ia/1", "Imagerie médicale");
        assertThat(regenerate.exitCode()).as(regenerate.all()).isZero();
        for (String name : new String[] {"charte-ia-imagerie-medicale.docx", "fiche-ia-imagerie-medicale.docx"}) {
            assertThat(Files.readAllBytes(second.resolve(name))).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void questionnaireExtractedFromTheSignedPdfRegeneratesIdenticalWordAndPdfFiles() throws IOException {
        Path first = dir.resolve("first");
        assertThat(CommandLineRun.of("generate", "--out", first.toString(), "samples/pharmacie-pui.yaml").exitCode()).isZero();
        Path extracted = dir.resolve("q.yaml");

        CommandLineRun extract = CommandLineRun.of("extract", first.resolve("charte-ia-pharmacie-a-usage-interieur-pui.pdf").toString(),
                "--out", extracted.toString());
        Path second = dir.resolve("second");
        CommandLineRun regenerate = CommandLineRun.of("generate", "--out", second.toString(), extracted.toString());

        assertThat(extract.exitCode()).as(extract.all()).isZero();
        assertThat(regenerate.exitCode()).as(regenerate.all()).isZero();
        try (var files = Files.list(first)) {
            for (Path file : files.toList()) {
                assertThat(Files.readAllBytes(second.resolve(file.getFileName()))).as(file.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void withoutOutTheQuestionnaireIsPrinted() {
        Path out = dir.resolve("out");
        CommandLineRun.of("generate", "--out", out.toString(), "samples/paediatrics-en.yaml");

        CommandLineRun run = CommandLineRun.of("extract", out.resolve("ai-sheet-paediatrics.docx").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# ").contains("\nschema: charte-ia/1\nlocale: en\n");
    }

    @Test
    void documentsThatAreNotOursOrMissingAreRefusedClearly() throws IOException {
        Path text = Files.writeString(dir.resolve("note.docx"), "pas un document", StandardCharsets.UTF_8);

        CommandLineRun notOurs = CommandLineRun.of("extract", text.toString());
        CommandLineRun missing = CommandLineRun.of("extract", dir.resolve("absent.pdf").toString());

        assertThat(notOurs.exitCode()).isEqualTo(2);
        assertThat(notOurs.err()).contains("n'est ni un PDF ni un document Word lisible");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("est introuvable");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path out = dir.resolve("out");
        CommandLineRun.of("generate", "--out", out.toString(), "samples/paediatrics-en.yaml");
        Path existing = Files.writeString(dir.resolve("mine.yaml"), "mon travail", StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("extract", out.resolve("ai-charter-paediatrics.docx").toString(),
                "--out", existing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(existing)).isEqualTo("mon travail");
    }
}
