package fr.charteia.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes files whole or not at all: the bytes go to a temporary file beside the target, which is
 * then renamed. A crash or a full disk never leaves a half-written questionnaire or document.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes or replaces {@code target}, as a set of one file: a folder or a write-protected file of
     * that name is not replaced.
     *
     * @throws WriteFailure when it cannot be written, with the reason
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        FileSet.write(Map.of(target, bytes));
    }

    /**
     * Writes {@code target} only if it does not exist yet; an existing file is never touched.
     *
     * @throws FileAlreadyExistsException when the target exists
     * @throws WriteFailure when it cannot be written, with the reason
     */
    public static void create(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = null;
        try {
            Path directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
            Files.write(temporary, bytes);
            FileSet.readableByAll(temporary);
            Files.move(temporary, target);
        } catch (FileAlreadyExistsException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            // createDirectories: a file has the name of a folder to create
            throw FileSet.failure(e, target);
        } catch (IOException e) {
            throw FileSet.failure(e, target);
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
