package fr.charteia.room;

import java.util.List;

/**
 * The self-positioning statements ({@code positionnement.yaml} of a template folder).
 *
 * @param scale the degrees, weakest first; an answer is 1 … {@code scale.size()}
 */
public record Positioning(List<String> scale, List<Statement> statements) {

    public Positioning {
        scale = List.copyOf(scale);
        statements = List.copyOf(statements);
    }

    /** One statement to rate; {@code objective} for a course objective, false for a charter rule. */
    public record Statement(String id, boolean objective, String text) {
    }
}
