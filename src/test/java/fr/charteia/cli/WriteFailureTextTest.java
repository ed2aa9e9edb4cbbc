package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.output.WriteProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write failures are told in French with what to do: never the system's English, a temporary file's
 * name, or the JDK's path in parentheses. Root ignores permission bits, so the reasons that cannot be
 * produced as root are checked from the exceptions the JDK raises.
 */
class WriteFailureTextTest {

    private static final Texts FRENCH = Texts.of(Locale.FRENCH);

    @TempDir
    Path dir;

    @Test
    void aFolderWithoutPermissionIsNamedNotTheTemporaryFile() {
        Path target = dir.resolve("out").resolve("charte.pdf");
        IOException denied = new AccessDeniedException(dir.resolve("out/.charte.pdf.8817.tmp").toString());

        assertThat(WriteFailureText.of(denied, target, FRENCH)).isEqualTo("Vous n'avez pas le droit d'écrire dans le "
                + "dossier " + dir + ". Choisissez un dossier où vous pouvez écrire, ou demandez ce droit.");
    }

    @Test
    void aReadOnlyCurrentDirectoryIsNamedInFull() {
        // generate without --out: the folder "out" would be created in the current directory
        IOException denied = new AccessDeniedException("out-absent-" + ProcessHandle.current().pid());
        Path target = Path.of("out-absent-" + ProcessHandle.current().pid(), "charte.pdf");

        assertThat(WriteFailureText.of(denied, target, FRENCH)).isEqualTo("Vous n'avez pas le droit d'écrire dans le "
                + "dossier " + Path.of("").toAbsolutePath() + ". Choisissez un dossier où vous pouvez écrire, ou "
                + "demandez ce droit.");
    }

    @Test
    void aReadOnlyDiskAndAFullDiskAreSaidSo() {
        Path target = dir.resolve("charte.pdf");

        assertThat(WriteFailureText.of(new FileSystemException(dir.resolve(".charte.pdf.1.tmp").toString(), null,
                "Read-only file system"), target, FRENCH)).isEqualTo("Le disque du dossier " + dir + " est en lecture "
                        + "seule (clé USB verrouillée, partage monté en lecture seule…) : rien ne peut y être écrit. "
                        + "Écrivez sur un autre disque.");
        assertThat(WriteFailureText.of(new IOException("No space left on device"), target, FRENCH)).isEqualTo(
                "Le disque est plein : " + target + " n'a pas pu être écrit. Libérez de la place ou écrivez sur un autre "
                        + "disque, puis relancez.");
    }

    @Test
    void everyProblemHasASentenceInBothLanguagesWithoutTheSystemsWords() {
        for (WriteProblem problem : WriteProblem.values()) {
            for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                String text = WriteFailureText.of(problem, Path.of("out/charte.pdf"), Texts.of(language));
                assertThat(text).as(problem + " " + language).contains("out/charte.pdf")
                        .doesNotContain(".tmp", "Exception", "No space", "denied");
                assertThat(WriteFailureText.ofStandardOutput(problem, Texts.of(language))).isNotBlank();
            }
        }
    }

    @Test
    void initUnderAFileWhereAFolderShouldBeSaysSoInsteadOfAlreadyExists() throws IOException {
        Path file = Files.writeString(dir.resolve("sortie"), "un fichier");

        CommandLineRun run = CommandLineRun.of("init", file.resolve("urgences.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + " est un fichier, pas un dossier : rien ne peut être écrit dedans. "
                + "Choisissez un autre dossier, ou renommez ce fichier.\n"
                + "Le questionnaire de départ " + file.resolve("urgences.yaml") + " n'a pas été écrit.\n");
    }
}
