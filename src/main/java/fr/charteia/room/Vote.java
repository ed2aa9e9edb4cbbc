package fr.charteia.room;

import java.time.Instant;

/**
 * A participant's answer to a workshop situation.
 *
 * @param reflex the reflex they would have, as typed; may be empty
 */
public record Vote(String situationId, String participantId, SituationAnswer answer, String reflex, Instant at) {
}
