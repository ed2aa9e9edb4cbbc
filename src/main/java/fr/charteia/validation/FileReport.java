package fr.charteia.validation;

import java.util.List;

/**
 * The outcome of checking one questionnaire: its findings, or the single finding saying why it could
 * not be read.
 *
 * @param file the name the questionnaire was given under (a path as the user typed it, or an upload's name)
 */
public record FileReport(String file, boolean readable, List<Finding> findings) {

    public FileReport {
        findings = List.copyOf(findings);
    }

    /** Readable and without an error: its documents may be generated. */
    public boolean valid() {
        return readable && findings.stream().noneMatch(Finding::isError);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }
}
