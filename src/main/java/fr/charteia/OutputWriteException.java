package fr.charteia;

import java.io.IOException;
import java.nio.file.Path;

/** A file of a department could not be written into the output folder (permissions, full disk, a folder of that name). */
public final class OutputWriteException extends IOException {

    private final transient Path target;

    OutputWriteException(Path target, IOException cause) {
        super(target + ": " + cause.getMessage(), cause);
        this.target = target;
    }

    /** The file that could not be written. */
    public Path target() {
        return target;
    }

    /** The system's reason, as it gave it. */
    public String reason() {
        return String.valueOf(getCause().getMessage());
    }
}
