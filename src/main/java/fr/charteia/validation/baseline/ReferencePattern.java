package fr.charteia.validation.baseline;

import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B-REFERENCE: document control files every department charter under the establishment's reference
 * pattern ({@code QUA-IA-{SERVICE}-{NNN}}), so that a reference that does not follow it is filed
 * where nobody looks for it.
 */
final class ReferencePattern implements BaselineRule {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern DIGITS = Pattern.compile("N+");

    @Override
    public void check(Questionnaire department, Questionnaire completed, Establishment baseline, BaselineFindings findings) {
        Optional<String> pattern = baseline.referencePattern().filter(p -> !p.isBlank());
        if (pattern.isEmpty() || department.document() == null || department.document().reference() == null) {
            return;
        }
        String reference = department.document().reference();
        if (!matcher(pattern.get()).matcher(reference).matches()) {
            findings.add(RuleCode.B_REFERENCE, Severity.WARNING, "B-REFERENCE.message", "document.reference",
                    Map.of("reference", reference, "pattern", pattern.get()));
        }
    }

    /** {@code {NNN}} stands for that many digits, any other {@code {NAME}} for letters, digits and dashes. */
    static Pattern matcher(String pattern) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(pattern.substring(last, placeholder.start())));
            String name = placeholder.group(1);
            regex.append(DIGITS.matcher(name).matches() ? "\\d{" + name.length() + "}" : "[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
            last = placeholder.end();
        }
        regex.append(Pattern.quote(pattern.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
