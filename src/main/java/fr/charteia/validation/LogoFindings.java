package fr.charteia.validation;

import fr.charteia.load.SourceMap;
import java.util.Locale;
import java.util.Map;

/**
 * G-LOGO: the organisation's logo cannot be used. The logo is read where the questionnaire's folder
 * is known (the command line, with the reader the documents use), so a file that {@code validate}
 * calls valid is one {@code generate} can render; this class words the finding.
 */
public final class LogoFindings {

    /** Why the logo cannot be used, in the order the reader checks. */
    public enum Problem { MISSING, TOO_LARGE, NOT_PNG_OR_JPEG, UNREADABLE }

    /** Where the logo is written in the questionnaire. */
    public static final String PATH = "organisation.logo";

    private LogoFindings() {
    }

    /**
     * The finding for {@code logo} as written, found (or not) at {@code file}: an error at the line
     * of {@code organisation.logo}.
     */
    public static Finding of(Problem problem, String logo, String file, SourceMap sourceMap, Locale language) {
        Terms terms = Terms.of(QuestionnaireValidator.supported(language));
        String key = switch (problem) {
            case MISSING -> "G-LOGO.missing";
            case TOO_LARGE -> "G-LOGO.tooLarge";
            case NOT_PNG_OR_JPEG -> "G-LOGO.notPngOrJpeg";
            case UNREADABLE -> "G-LOGO.unreadable";
        };
        return new Finding(RuleCode.G_LOGO, Severity.ERROR, PATH, terms.fill(key, Map.of("logo", logo, "file", file)),
                sourceMap.find(PATH));
    }
}
