package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate and generate take folders: every .yaml, .yml and .json under them, hidden folders and
 * JSON schemas left out, in path order whatever the machine's locale.
 */
class QuestionnaireFoldersTest {

    private static final Path VALID = Path.of("src/test/resources/fr/charteia/validation/base.yaml");

    @TempDir
    Path dir;

    @Test
    void folderGivesEveryQuestionnaireUnderItInPathOrder() throws IOException {
        Path services = dir.resolve("services");
        copy("services/urgences.yaml");
        copy("services/B-bloc.yml");
        copy("services/a/cardio.json");
        copy("services/a-b/imagerie.yaml");
        copy("services/.brouillons/ancien.yaml");
        copy("services/.cache.yaml");
        Files.writeString(services.resolve("charte-ia-1.schema.json"), "{}");
        Files.writeString(services.resolve("notes.txt"), "pas un questionnaire");

        CommandLineRun run = CommandLineRun.of("validate", "--format", "json", services.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(filesOf(run)).containsExactly(
                services.resolve("B-bloc.yml").toString(),
                services.resolve("a/cardio.json").toString(),
                services.resolve("a-b/imagerie.yaml").toString(),
                services.resolve("urgences.yaml").toString());
    }

    @Test
    void orderDoesNotDependOnTheDefaultLocale() throws IOException {
        copy("d/é.yaml");
        copy("d/e.yaml");
        copy("d/f.yaml");
        copy("d/E.yaml");
        Locale before = Locale.getDefault();
        List<String> french;
        List<String> turkish;
        try {
            Locale.setDefault(Locale.FRANCE);
            french = filesOf(CommandLineRun.of("validate", "--format", "json", dir.resolve("d").toString()));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            turkish = filesOf(CommandLineRun.of("validate", "--format", "json", dir.resolve("d").toString()));
        } finally {
            Locale.setDefault(before);
        }
        assertThat(french).isEqualTo(turkish).extracting(f -> Path.of(f).getFileName().toString())
                .containsExactly("E.yaml", "e.yaml", "f.yaml", "é.yaml");
    }

    @Test
    void filesAndFoldersMixInTheOrderGiven() throws IOException {
        copy("lot/b.yaml");
        copy("lot/a.yaml");

        CommandLineRun run = CommandLineRun.of("validate", "--format", "json", VALID.toString(), dir.resolve("lot").toString());

        assertThat(filesOf(run)).containsExactly(VALID.toString(), dir.resolve("lot/a.yaml").toString(),
                dir.resolve("lot/b.yaml").toString());
    }

    @Test
    void textReportNamesEachFileAndEndsWithTheSummary() throws IOException {
        copy("lot/a.yaml");
        Files.copy(Path.of("samples/invalid/q-ref.yaml"), dir.resolve("lot/q-ref.yaml"));

        CommandLineRun run = CommandLineRun.of("validate", dir.resolve("lot").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("== " + dir.resolve("lot/a.yaml") + "\n")
                .contains("\n== " + dir.resolve("lot/q-ref.yaml") + "\n")
                .endsWith("Bilan : 2 fichiers, 1 valides, 1 non valides, 0 illisibles.\n");
    }

    @Test
    void folderWithoutQuestionnaireIsAMistakeOfTheCommandLine() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("vide"));
        Files.writeString(empty.resolve("lisez-moi.txt"), "rien");

        CommandLineRun run = CommandLineRun.of("validate", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Le dossier " + empty + " ne contient aucun questionnaire (.yaml, .yml ou .json) : "
                + "vérifiez le chemin, ou indiquez les fichiers un par un.\nPour l'aide : charte-ia validate --help\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void generateTakesAFolderToo() throws IOException {
        Path lot = Files.createDirectories(dir.resolve("lot"));
        Files.copy(Path.of("samples/paediatrics-en.yaml"), lot.resolve("paediatrics-en.yaml"));
        Path out = dir.resolve("out");

        CommandLineRun run = CommandLineRun.of("generate", "--format", "md", "--out", out.toString(), lot.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("ai-charter-paediatrics.md", "ai-sheet-paediatrics.md");
        }
    }

    @Test
    void generateRefusesAnEmptyFolderInEnglishWhenAsked() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CommandLineRun run = CommandLineRun.of("generate", "--lang", "en", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("The folder " + empty + " holds no questionnaire (.yaml, .yml or .json): check the path, "
                + "or name the files one by one.\nFor help: charte-ia generate --help\n");
    }

    private void copy(String relative) throws IOException {
        Path target = dir.resolve(relative);
        Files.createDirectories(target.getParent());
        if (relative.endsWith(".json")) {
            JsonNode yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(VALID.toFile());
            new ObjectMapper().writeValue(target.toFile(), yaml);
        } else {
            Files.copy(VALID, target);
        }
    }

    private static List<String> filesOf(CommandLineRun run) throws IOException {
        List<String> files = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).forEach(report -> files.add(report.get("file").asText()));
        return files;
    }
}
