package fr.charteia.validation.rule;

import fr.charteia.model.DocumentControl;
import fr.charteia.model.HistoryEntry;
import fr.charteia.model.Questionnaire;
import java.time.LocalDate;
import java.util.List;

/**
 * G-DATES: a controlled document is reviewed after it takes effect, and a charter on a fast-moving
 * subject at least every two years. Its version table agrees with its cartouche: no version dated
 * after the document takes effect, and the latest version is the cartouche's (warnings: the history
 * is document control, not a rule staff follow).
 */
final class ReviewDates implements Rule {

    static final int MAX_MONTHS = 24;

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        DocumentControl document = questionnaire.document();
        if (document == null || document.effectiveDate() == null) {
            return;
        }
        history(questionnaire.history(), document, violations);
        if (document.reviewDate() == null) {
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

    private static void history(List<HistoryEntry> history, DocumentControl document, Violations violations) {
        int latest = -1;
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            if (entry == null) {
                continue;
            }
            latest = i;
            if (entry.date() != null && entry.date().isAfter(document.effectiveDate())) {
                violations.warning("historyDate").with("version", String.valueOf(entry.version())).with("date", entry.date())
                        .with("effective", document.effectiveDate()).at(Where.at("history", i).then("date"));
            }
        }
        if (latest < 0 || document.version() == null || history.get(latest).version() == null) {
            return;
        }
        String last = history.get(latest).version().strip();
        if (!last.equals(document.version().strip())) {
            violations.warning("historyVersion").with("latest", last).with("version", document.version().strip())
                    .at(Where.at("history", latest).then("version"));
        }
    }
}
