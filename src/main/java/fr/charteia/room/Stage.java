package fr.charteia.room;

/** Where a participant is in the session, in order. */
public enum Stage {
    /** Joined; the self-positioning on arrival is still to give. */
    POSITIONING_BEFORE,
    /** Writing their department's rules in the questionnaire. */
    QUESTIONNAIRE,
    /** Rules written; the self-positioning at the end is still to give. */
    POSITIONING_AFTER,
    /** The satisfaction questionnaire is still to give. */
    SATISFACTION,
    /** Everything given: the documents are theirs to download. */
    DONE
}
