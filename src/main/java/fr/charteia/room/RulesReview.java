package fr.charteia.room;

import java.time.Instant;
import java.util.Optional;

/**
 * The trainer's word on the rules a participant defined (« validation des repères définis »).
 *
 * @param comment the trainer's comment, shown to the participant; empty when none
 */
public record RulesReview(Status status, String comment, Optional<Instant> at) {

    public static final RulesReview PENDING = new RulesReview(Status.PENDING, "", Optional.empty());

    public enum Status {
        /** Not reviewed yet. */
        PENDING,
        /** « Repères validés ». */
        VALIDATED,
        /** Sent back: the participant is to change their rules, as the comment says. */
        SENT_BACK
    }
}
