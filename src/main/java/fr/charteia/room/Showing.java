package fr.charteia.room;

import java.time.Instant;

/**
 * The situation the trainer shows on every participant's screen.
 *
 * @param workshop the course's workshop it is discussed in: 2, 4 or 6
 * @param revealed whether the expected answer, its reason and reference are shown yet
 */
public record Showing(String situationId, int workshop, boolean revealed, Instant since) {
}
