package fr.charteia.batch;

import java.time.LocalDate;

/** Whether a charter's review is due, judged on the day of the run: a word, so that it reads without colour. */
public enum ReviewStatus {
    OVERDUE("dépassée"),
    DUE_SOON("sous 60 jours"),
    UP_TO_DATE("à jour");

    /** How far ahead a coming review is flagged. */
    public static final int NOTICE_DAYS = 60;

    private final String word;

    ReviewStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static ReviewStatus of(LocalDate review, LocalDate today) {
        if (review.isBefore(today)) {
            return OVERDUE;
        }
        return review.isAfter(today.plusDays(NOTICE_DAYS)) ? UP_TO_DATE : DUE_SOON;
    }
}
