package fr.charteia;

import fr.charteia.document.Logo;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.FileReport;
import java.util.Optional;

/**
 * A questionnaire after loading and validation: what the user must be told, and when it has no
 * error, everything its documents are made from, so that rendering reads nothing again.
 *
 * @param report the findings, in report order
 * @param questionnaire present only when the report has no error
 * @param source the bytes as read (empty when unreadable), attached to the documents
 * @param logo the organisation's logo, read and checked; empty when none is named or it has a finding
 */
public record CheckedQuestionnaire(FileReport report, Optional<Questionnaire> questionnaire, byte[] source,
        Optional<Logo> logo) {

    /** The name the questionnaire was given under. */
    public String name() {
        return report.file();
    }

    /** Whether its documents may be generated. */
    public boolean valid() {
        return questionnaire.isPresent();
    }
}
