package fr.charteia.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a path that is not a regular file is, so that a message can say it without opening it. */
public enum SpecialFile {
    FOLDER, DEVICE, FIFO, OTHER;

    /** The file type bits of a Unix mode ({@code S_IFMT}) and the values this class names. */
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO_BITS = 0010000;
    private static final int CHARACTER_DEVICE_BITS = 0020000;
    private static final int BLOCK_DEVICE_BITS = 0060000;

    static SpecialFile of(Path file) {
        if (Files.isDirectory(file)) {
            return FOLDER;
        }
        try {
            // "unix:mode" exists on Linux and macOS; elsewhere the kind stays unnamed
            int type = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_BITS;
            return type == FIFO_BITS ? FIFO
                    : type == CHARACTER_DEVICE_BITS || type == BLOCK_DEVICE_BITS ? DEVICE : OTHER;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
                | SecurityException e) {
            return OTHER;
        }
    }
}
