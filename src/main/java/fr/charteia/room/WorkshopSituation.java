package fr.charteia.room;

import java.util.List;

/**
 * A risk situation worked on in a workshop: the catalogue's (the charters' « situations à risque ») or
 * one the trainer added.
 *
 * @param id stable: the catalogue's id, or {@code own-N} for the trainer's own
 * @param situation the moment of work, in one sentence
 * @param expected the answer the trainer expects
 * @param reason why, in the charter's words
 * @param reflex the reflex that avoids the risk
 * @param references ids of {@code references.yaml} entries backing the answer; may be empty for the trainer's own
 */
public record WorkshopSituation(String id, String situation, SituationAnswer expected, String reason, String reflex,
        List<String> references) {

    public WorkshopSituation {
        references = List.copyOf(references);
    }
}
