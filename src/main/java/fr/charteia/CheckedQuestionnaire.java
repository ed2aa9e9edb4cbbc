package fr.charteia;

import fr.charteia.document.Logo;
import fr.charteia.model.Establishment;
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
 * @param baseline for a department that names one, its establishment baseline, read and valid
 * @param establishment present only when the file is itself a valid establishment baseline
 *     ({@code charte-ia-etablissement/1}); {@code questionnaire} is then empty
 */
public record CheckedQuestionnaire(FileReport report, Optional<Questionnaire> questionnaire, byte[] source,
        Optional<Logo> logo, Optional<Establishment> baseline, Optional<Establishment> establishment) {

    /** A department questionnaire without baseline: what every caller made before baselines existed. */
    public CheckedQuestionnaire(FileReport report, Optional<Questionnaire> questionnaire, byte[] source,
            Optional<Logo> logo) {
        this(report, questionnaire, source, logo, Optional.empty(), Optional.empty());
    }

    /** The name the questionnaire was given under. */
    public String name() {
        return report.file();
    }

    /** Whether its documents may be generated. */
    public boolean valid() {
        return questionnaire.isPresent() || establishment.isPresent();
    }

    /** Whether the file is an establishment baseline rather than a department questionnaire. */
    public boolean isEstablishment() {
        return establishment.isPresent();
    }
}
