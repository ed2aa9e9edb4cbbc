package fr.charteia.cli;

import fr.charteia.validation.Finding;
import java.util.List;

/** The outcome for one file: its findings, or the single finding saying why it could not be read. */
record FileReport(String file, boolean readable, List<Finding> findings) {

    FileReport {
        findings = List.copyOf(findings);
    }

    boolean valid() {
        return readable && findings.stream().noneMatch(Finding::isError);
    }

    long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    long warnings() {
        return findings.size() - errors();
    }
}
