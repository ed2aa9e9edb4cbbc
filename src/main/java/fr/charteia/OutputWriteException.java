package fr.charteia;

import fr.charteia.output.WriteFailure;
import fr.charteia.output.WriteProblem;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A department's files could not be written into the output folder (full disk, no permission, a
 * folder of that name, a write-protected file…). None of them was: the files that were there before
 * are as they were.
 */
public final class OutputWriteException extends IOException {

    private final WriteProblem problem;
    private final transient Path target;

    OutputWriteException(WriteFailure failure) {
        super(failure.getMessage(), failure);
        this.problem = failure.problem();
        this.target = failure.path();
    }

    /** Why, in terms the user can act on. */
    public WriteProblem problem() {
        return problem;
    }

    /**
     * What the user must act on: the file (full disk, protected file, folder of that name), the folder
     * (no permission, read-only disk), or the file where a folder should be. Never a temporary name.
     */
    public Path target() {
        return target;
    }
}
