package fr.charteia.batch;

import fr.charteia.validation.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the run keeps of one file once it is done: a few facts from its document block, its
 * findings and the files written. Its documents are already on disk.
 *
 * @param path relative to the folder given, with {@code /} between names
 * @param department the service name, or the organisation's for an establishment file; read loosely
 *     from a questionnaire that has errors
 * @param written the files written, relative to the output folder
 * @param failure why a valid questionnaire got no documents, worded for the user
 * @param notes what the user should know about documents that were written (a glyph missing from
 *     the fonts, a sheet longer than a page)
 */
public record FileOutcome(String path, FileKind kind, Optional<String> department, Optional<String> unit,
        Optional<String> reference, Optional<String> version, Optional<LocalDate> effectiveDate,
        Optional<LocalDate> reviewDate, Verdict verdict, long errors, long warnings, List<Finding> findings,
        List<String> written, Optional<String> failure, List<String> notes, List<ToolGrant> grants) {

    public FileOutcome {
        findings = List.copyOf(findings);
        written = List.copyOf(written);
        notes = List.copyOf(notes);
        grants = List.copyOf(grants);
    }

    /** The department's name, else the file's path: what a table names the row by. */
    public String label() {
        return department.orElse(path);
    }
}
