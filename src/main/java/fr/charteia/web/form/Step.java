package fr.charteia.web.form;

import java.util.List;

/**
 * One screen of the guided questionnaire.
 *
 * @param number 1 to 9 (10 is the review, which has no fields)
 * @param fields the fields shown, from the top of the questionnaire
 */
public record Step(int number, List<Field> fields) {

    public Step {
        fields = List.copyOf(fields);
    }
}
