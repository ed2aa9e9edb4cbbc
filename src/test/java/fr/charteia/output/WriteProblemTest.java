package fr.charteia.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** The system's English reasons, as the JDK passes them on, become problems the user can act on. */
class WriteProblemTest {

    @Test
    void eachSystemReasonIsRecognised() {
        assertThat(WriteProblem.of(new IOException("No space left on device"))).isEqualTo(WriteProblem.DISK_FULL);
        assertThat(WriteProblem.of(new FileSystemException("/o/.a.pdf.1.tmp", null, "No space left on device")))
                .isEqualTo(WriteProblem.DISK_FULL);
        assertThat(WriteProblem.of(new IOException("Disk quota exceeded"))).isEqualTo(WriteProblem.QUOTA_EXCEEDED);
        assertThat(WriteProblem.of(new IOException("File too large"))).isEqualTo(WriteProblem.FILE_TOO_LARGE);
        assertThat(WriteProblem.of(new AccessDeniedException("/o/.a.pdf.1.tmp"))).isEqualTo(WriteProblem.NO_PERMISSION);
        assertThat(WriteProblem.of(new FileSystemException("/o", null, "Read-only file system")))
                .isEqualTo(WriteProblem.READ_ONLY_FILE_SYSTEM);
        assertThat(WriteProblem.of(new FileSystemException("/o/.a.pdf.1.tmp", "/o/a.pdf", "Is a directory")))
                .isEqualTo(WriteProblem.FOLDER_IN_THE_WAY);
        assertThat(WriteProblem.of(new NotDirectoryException("/o"))).isEqualTo(WriteProblem.FILE_IN_THE_WAY);
        assertThat(WriteProblem.of(new FileAlreadyExistsException("/o"))).isEqualTo(WriteProblem.FILE_IN_THE_WAY);
        assertThat(WriteProblem.of(new IOException("Broken pipe"))).isEqualTo(WriteProblem.READER_CLOSED);
        assertThat(WriteProblem.of(new IOException("Input/output error"))).isEqualTo(WriteProblem.OTHER);
    }

    @Test
    void aReasonWrappedInAnotherExceptionIsFound() {
        assertThat(WriteProblem.of(new IOException("écriture", new IOException("No space left on device"))))
                .isEqualTo(WriteProblem.DISK_FULL);
    }
}
