package fr.charteia.validation.baseline;

import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;

/** One rule between a department and its baseline. It tolerates missing parts, as the catalogue's rules do. */
interface BaselineRule {

    /**
     * @param department the questionnaire as written
     * @param completed the same with what it inherits ({@link Inheritance#merge})
     */
    void check(Questionnaire department, Questionnaire completed, Establishment baseline, BaselineFindings findings);
}
