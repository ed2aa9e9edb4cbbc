package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schema prints the shipped JSON Schema, or writes it to the file editors point to. */
class SchemaCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutOutTheSchemaIsPrinted() throws IOException {
        CommandLineRun run = CommandLineRun.of("schema");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(new String(shipped(), StandardCharsets.UTF_8));
    }

    @Test
    void outWritesTheSchemaAndSaysHowToPointAQuestionnaireAtIt() throws IOException {
        Path schema = dir.resolve("charte-ia-1.schema.json");

        CommandLineRun run = CommandLineRun.of("schema", "--out", schema.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readAllBytes(schema)).isEqualTo(shipped());
        assertThat(run.out()).isEqualTo("Schéma JSON écrit dans " + schema + ". Pour que VS Code (extension YAML de Red Hat) "
                + "complète et vérifie un questionnaire rangé dans le même dossier, mettez en première ligne du questionnaire :\n"
                + "  # yaml-language-server: $schema=charte-ia-1.schema.json\n");
    }

    /** The file is charte-ia's own output, to be rewritten with each version: it is replaced, as the help says. */
    @Test
    void outReplacesAnOlderSchemaFile() throws IOException {
        Path schema = Files.writeString(dir.resolve("charte-ia-1.schema.json"), "{ \"ancien\": true }");

        CommandLineRun run = CommandLineRun.of("schema", "--out", schema.toString());
        CommandLineRun help = CommandLineRun.of("schema", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllBytes(schema)).isEqualTo(shipped());
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Il est remplacé s'il existe, car c'est un fichier produit par "
                + "charte-ia, à réécrire à chaque nouvelle version.");
    }

    @Test
    void aFileThatCannotBeWrittenIsRefusedWithExitCodeTwo() throws IOException {
        Path blocked = Files.writeString(dir.resolve("fichier"), "pas un dossier");

        CommandLineRun run = CommandLineRun.of("schema", "--out", blocked.resolve("charte-ia-1.schema.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(blocked + " est un fichier, pas un dossier : rien ne peut être écrit dedans. "
                + "Choisissez un autre dossier, ou renommez ce fichier.\n");
    }

    private static byte[] shipped() throws IOException {
        try (InputStream in = SchemaCommandTest.class.getResourceAsStream("/schema/charte-ia-1.schema.json")) {
            return in.readAllBytes();
        }
    }
}
