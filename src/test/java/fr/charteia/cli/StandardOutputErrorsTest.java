package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write to standard output is an error (exit 2), never a silent success with a truncated result. */
class StandardOutputErrorsTest {

    private static final String SAMPLE = Path.of("samples/urgences-adultes.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsMakesTheCommandFailWithAFrenchMessage() {
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"validate", "--format", "json", SAMPLE},
                new PrintWriter(new FailingWriter()), new PrintWriter(err), Launcher.PLAIN);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("La sortie standard n'a pas pu être écrite en entier : le système a refusé "
                + "l'écriture. Ce qui a été affiché ou redirigé est incomplet ; réglez le problème, puis relancez la "
                + "commande." + System.lineSeparator());
    }

    @Test
    void aQuestionnaireWithFindingsStillExitsWithTwoWhenItsReportCannotBeWritten() {
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"validate", "samples/invalid/d-public-personal.yaml"},
                new PrintWriter(new FailingWriter()), new PrintWriter(err), Launcher.PLAIN);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("La sortie standard n'a pas pu être écrite en entier");
    }

    @Test
    void validateIntoAFullDeviceExitsWithTwoAndSaysTheDiskIsFull() {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full is a Linux device");

        JavaProcess run = JavaProcess.run(dir, "", "> /dev/full", Map.of(), "validate", "--format", "json", SAMPLE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("La sortie standard n'a pas pu être écrite en entier : le disque où elle est "
                + "redirigée est plein. Ce qui a été affiché ou redirigé est incomplet ; réglez le problème, puis "
                + "relancez la commande.\n");
    }

    @Test
    void theHelpIntoAFullDeviceIsAnErrorToo() {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full is a Linux device");

        JavaProcess run = JavaProcess.run(dir, "", "> /dev/full", Map.of(), "schema");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("La sortie standard n'a pas pu être écrite en entier : le disque où elle est "
                + "redirigée est plein.");
    }

    /** A disk that is full from the first byte. */
    private static final class FailingWriter extends Writer {

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }
}
