package fr.charteia.validation.rule;

import fr.charteia.model.DocumentControl;
import fr.charteia.model.Questionnaire;
import java.time.LocalDate;

/**
 * G-DATES: a controlled document is reviewed after it takes effect, and a charter on a fast-moving
 * subject at least every two years.
 */
final class ReviewDates implements Rule {

    static final int MAX_MONTHS = 24;

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        DocumentControl document = questionnaire.document();
        if (document == null || document.effectiveDate() == null || document.reviewDate() == null) {
            return;
        }
        LocalDate effective = document.effectiveDate();
        LocalDate review = document.reviewDate();
        Where at = Where.at("document").then("reviewDate");
        if (!review.isAfter(effective)) {
            violations.error("order").with("effective", effective).with("review", review)
                    .reading(Where.at("document").then("effectiveDate")).at(at);
        } else if (review.isAfter(effective.plusMonths(MAX_MONTHS))) {
            violations.warning("late").with("effective", effective).with("review", review)
                    .with("months", MAX_MONTHS).with("latest", effective.plusMonths(MAX_MONTHS)).at(at);
        }
    }
}
