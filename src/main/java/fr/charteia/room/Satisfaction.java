package fr.charteia.room;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A participant's answers to the satisfaction questionnaire.
 *
 * @param answers question id to 1 … the scale's length
 * @param comment the free comment, possibly empty
 * @param at when they were given; empty until then
 */
public record Satisfaction(Map<String, Integer> answers, String comment, Optional<Instant> at) {

    public static final Satisfaction NONE = new Satisfaction(Map.of(), "", Optional.empty());

    public Satisfaction {
        answers = Map.copyOf(answers);
    }

    public boolean given() {
        return at.isPresent();
    }
}
