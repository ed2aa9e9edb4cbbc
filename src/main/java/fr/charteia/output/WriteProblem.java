package fr.charteia.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, in terms the user can act on. The system's own text is English
 * and names temporary files; the user is told one of these instead.
 */
public enum WriteProblem {
    DISK_FULL,
    QUOTA_EXCEEDED,
    /** A file-size limit ({@code ulimit -f}, or the file system's own). */
    FILE_TOO_LARGE,
    NO_PERMISSION,
    READ_ONLY_FILE_SYSTEM,
    /** The target is a file protected against writing: a signed version is kept that way. */
    READ_ONLY_FILE,
    /** A folder has the target's name. */
    FOLDER_IN_THE_WAY,
    /** A file is where a folder of the path should be. */
    FILE_IN_THE_WAY,
    /** Whatever read standard output closed it before the end ({@code | head}). */
    READER_CLOSED,
    OTHER;

    /** The problem an exception of a write stands for, from its type and the system's reason. */
    public static WriteProblem of(IOException failure) {
        if (failure instanceof WriteFailure known) {
            return known.problem();
        }
        if (failure instanceof FileAlreadyExistsException || failure instanceof NotDirectoryException) {
            // raised by createDirectories when a file has the name of a folder to create
            return FILE_IN_THE_WAY;
        }
        String reason = failure instanceof FileSystemException system && system.getReason() != null
                ? system.getReason() : String.valueOf(failure.getMessage());
        WriteProblem byReason = ofReason(reason.toLowerCase(Locale.ROOT));
        if (byReason != OTHER) {
            return byReason;
        }
        if (failure instanceof AccessDeniedException) {
            return NO_PERMISSION;
        }
        return failure.getCause() instanceof IOException cause ? of(cause) : OTHER;
    }

    /** The strerror texts of the C library, which the JDK passes on as they are. */
    private static WriteProblem ofReason(String reason) {
        if (reason.contains("no space left")) {
            return DISK_FULL;
        } else if (reason.contains("quota")) {
            return QUOTA_EXCEEDED;
        } else if (reason.contains("file too large")) {
            return FILE_TOO_LARGE;
        } else if (reason.contains("read-only file system")) {
            return READ_ONLY_FILE_SYSTEM;
        } else if (reason.contains("is a directory")) {
            return FOLDER_IN_THE_WAY;
        } else if (reason.contains("not a directory")) {
            return FILE_IN_THE_WAY;
        } else if (reason.contains("permission denied") || reason.contains("operation not permitted")) {
            return NO_PERMISSION;
        } else if (reason.contains("broken pipe")) {
            return READER_CLOSED;
        }
        return OTHER;
    }
}
