package fr.charteia.validation.baseline;

import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Severity;
import java.util.Map;

/**
 * B-OVERRIDE on the parent reference: a department charter applies the establishment charter of its
 * baseline; naming another one would point readers to the wrong document.
 */
final class ParentReference implements BaselineRule {

    @Override
    public void check(Questionnaire department, Questionnaire completed, Establishment baseline, BaselineFindings findings) {
        if (department.document() == null || baseline.document() == null || baseline.document().reference() == null) {
            return;
        }
        department.document().parentReference()
                .filter(reference -> !reference.equals(baseline.document().reference()))
                .ifPresent(reference -> findings.add(RuleCode.B_OVERRIDE, Severity.ERROR, "B-OVERRIDE.parentReference",
                        "document.parent_reference", Map.of("here", reference, "there", baseline.document().reference())));
    }
}
