package fr.charteia.validation.baseline;

import fr.charteia.load.SourceMap;
import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.Finding;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.Terms;
import java.util.List;
import java.util.Locale;

/** The rules that keep a department within its establishment baseline: B-LOOSEN, B-TOOL, B-OVERRIDE, B-REFERENCE. */
public final class BaselineRules {

    private static final List<BaselineRule> RULES = List.of(new LooserThanBaseline(), new ToolsOutsideCatalogue(),
            new RedefinedTools(), new ParentReference(), new ReferencePattern());

    private BaselineRules() {
    }

    /**
     * The findings of a department against its baseline, in report order.
     *
     * @param department the questionnaire as written (its paths and lines are the file's)
     * @param completed the same after {@link Inheritance#merge}
     * @param baselineName how the messages name the baseline file, e.g. {@code etablissement.yaml}
     */
    public static List<Finding> check(Questionnaire department, Questionnaire completed, Establishment baseline,
            String baselineName, SourceMap sourceMap, Locale language) {
        BaselineFindings findings = new BaselineFindings(Terms.of(QuestionnaireValidator.supported(language)), sourceMap,
                baselineName);
        for (BaselineRule rule : RULES) {
            rule.check(department, completed, baseline, findings);
        }
        return QuestionnaireValidator.inReportOrder(findings.findings());
    }
}
