package fr.charteia.room;

/** What a participant answers to a risk situation, and what the trainer expects. */
public enum SituationAnswer {
    /** « autorisé » */
    AUTHORISED,
    /** « sous conditions » */
    CONDITIONAL,
    /** « interdit » */
    FORBIDDEN
}
