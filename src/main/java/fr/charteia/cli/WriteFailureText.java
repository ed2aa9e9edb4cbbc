package fr.charteia.cli;

import fr.charteia.output.FileSet;
import fr.charteia.output.WriteProblem;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Why a file or standard output could not be written, as a French sentence that says what to do:
 * the system's own text is English and names temporary files.
 */
final class WriteFailureText {

    private WriteFailureText() {
    }

    /** {@code path} is what the user must act on: the file, its folder, or the file where a folder should be. */
    static String of(WriteProblem problem, Path path, Texts texts) {
        return texts.get("write." + problem, path);
    }

    /** The sentence for an exception raised while writing {@code target}. */
    static String of(IOException failure, Path target, Texts texts) {
        var known = FileSet.failure(failure, target);
        return of(known.problem(), known.path(), texts);
    }

    /** Why standard output could not be written, as a clause of {@code stdout.failed}. */
    static String ofStandardOutput(WriteProblem problem, Texts texts) {
        return texts.get("stdout.reason." + problem);
    }
}
