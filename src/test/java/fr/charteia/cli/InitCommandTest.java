package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The init command writes a starter that validates, and never overwrites anything. */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void starterQuestionnairePassesValidateWithoutAnyFinding() throws IOException {
        Path file = dir.resolve("mon-service.yaml");

        CommandLineRun init = CommandLineRun.of("init", file.toString());
        CommandLineRun validate = CommandLineRun.of("validate", file.toString());

        assertThat(init.exitCode()).as(init.all()).isZero();
        assertThat(init.out()).contains("Questionnaire de départ écrit dans " + file);
        assertThat(Files.readString(file)).startsWith("#").contains("schema: charte-ia/1", "À COMPLÉTER");
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("Verdict : valide (0 erreur, 0 avertissement).");
    }

    @Test
    void existingFileIsLeftUntouched() throws IOException {
        Path file = Files.writeString(dir.resolve("questionnaire.yaml"), "mon travail\n", StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("init", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Le fichier " + file + " existe déjà : il n'a pas été modifié.");
        assertThat(Files.readString(file)).isEqualTo("mon travail\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
