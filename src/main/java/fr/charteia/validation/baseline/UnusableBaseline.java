package fr.charteia.validation.baseline;

import fr.charteia.load.LoadFailure;
import fr.charteia.load.SourceMap;
import fr.charteia.validation.Finding;
import fr.charteia.validation.ProblemMessages;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Severity;
import fr.charteia.validation.Terms;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** B-BASELINE: the one finding that says why the baseline a department names cannot be used, and what to do. */
public final class UnusableBaseline {

    /** Why a named baseline cannot be used. */
    public enum Cause { ABSOLUTE, OUTSIDE, MISSING, UNREADABLE, NOT_ESTABLISHMENT, INVALID, UPLOAD }

    private UnusableBaseline() {
    }

    /**
     * @param named the department's {@code baseline} value
     * @param resolved the file it leads to, as the user would type it
     * @param tree the folder tree the department was given from
     * @param errors for {@link Cause#INVALID}, the baseline's errors
     * @param failure for {@link Cause#UNREADABLE}, why the loader refused it
     */
    public static Finding finding(Cause cause, String named, String resolved, String tree, long errors,
            Optional<LoadFailure> failure, SourceMap sourceMap, Locale language) {
        Terms terms = Terms.of(QuestionnaireValidator.supported(language));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("value", named);
        values.put("resolved", resolved);
        values.put("tree", tree.isEmpty() ? "." : tree);
        values.put("count", String.valueOf(errors));
        values.put("detail", failure.map(f -> ProblemMessages.asFinding(f, terms).message()).orElse(""));
        String key = switch (cause) {
            case ABSOLUTE -> "B-BASELINE.absolute";
            case OUTSIDE -> "B-BASELINE.outside";
            case MISSING -> "B-BASELINE.missing";
            case UNREADABLE -> "B-BASELINE.unreadable";
            case NOT_ESTABLISHMENT -> "B-BASELINE.notEstablishment";
            case INVALID -> errors == 1 ? "B-BASELINE.invalidOne" : "B-BASELINE.invalid";
            case UPLOAD -> "B-BASELINE.upload";
        };
        return new Finding(RuleCode.B_BASELINE, Severity.ERROR, "baseline", terms.fill(key, values), sourceMap.find("baseline"));
    }
}
