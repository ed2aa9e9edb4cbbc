package fr.charteia.room;

import java.util.List;

/**
 * The satisfaction questionnaire ({@code satisfaction.yaml} of a template folder).
 *
 * @param scale the degrees, weakest first; an answer is 1 … {@code scale.size()}
 * @param comment the free comment's label
 */
public record SatisfactionQuestions(List<String> scale, List<Question> questions, String comment) {

    public SatisfactionQuestions {
        scale = List.copyOf(scale);
        questions = List.copyOf(questions);
    }

    public record Question(String id, String text) {
    }
}
