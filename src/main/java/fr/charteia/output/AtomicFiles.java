package fr.charteia.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files whole or not at all: the bytes go to a temporary file beside the target, which is
 * then renamed. A crash or a full disk never leaves a half-written questionnaire or document.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes or replaces {@code target}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path temporary = writeTemporary(target, bytes);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes {@code target} only if it does not exist yet; an existing file is never touched. */
    public static void create(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = writeTemporary(target, bytes);
        try {
            Files.move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Temporary files are created readable by their owner only; a document or questionnaire is
     * meant to be shared like any file the user saves.
     */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static Path writeTemporary(Path target, byte[] bytes) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            readableByAll(temporary);
            return temporary;
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }
}
