package fr.charteia.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A set of files was not written, and what was there before is back in place.
 *
 * <p>{@link #path()} is what the user must act on: the file for a full disk or a protected file, the
 * folder for a missing permission, the file that stands where a folder should be. Never a temporary
 * file's name.
 */
public final class WriteFailure extends IOException {

    private final WriteProblem problem;
    private final transient Path path;

    public WriteFailure(WriteProblem problem, Path path, IOException cause) {
        super(problem + ": " + path, cause);
        this.problem = problem;
        this.path = path;
    }

    public WriteProblem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }
}
