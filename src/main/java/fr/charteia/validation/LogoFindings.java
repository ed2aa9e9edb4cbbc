package fr.charteia.validation;

import fr.charteia.load.SourceMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * G-LOGO: the organisation's logo cannot be used. The logo is read where the questionnaire's folder
 * is known (the command line, with the reader the documents use), so a file that {@code validate}
 * calls valid is one {@code generate} can render; this class words the finding.
 */
public final class LogoFindings {

    /** Why the logo cannot be used, in the order the reader checks. */
    public enum Problem {
        MISSING, LINK_LOOP, NO_ACCESS, UNREACHABLE, NAME_NOT_ENCODABLE, ABSOLUTE, OUTSIDE_FOLDER, OUTSIDE_BY_LINK, NOT_A_FILE, UNREADABLE,
        NOT_PNG_OR_JPEG, TOO_LARGE, TOO_MANY_PIXELS
    }

    /** Where the logo is written in the questionnaire. */
    public static final String PATH = "organisation.logo";

    private LogoFindings() {
    }

    /**
     * The finding for {@code logo} as written, found (or not) at {@code file}: an error at the line
     * of {@code organisation.logo}.
     */
    public static Finding of(Problem problem, String logo, String file, SourceMap sourceMap, Locale language) {
        return of(problem, logo, file, Map.of(), sourceMap, language);
    }

    /**
     * As {@link #of(Problem, String, String, SourceMap, Locale)}, with the values the message quotes
     * besides the logo and the file: {@code width} and {@code height} for
     * {@code TOO_MANY_PIXELS}, the questionnaire's {@code folder}, the {@code kind} (a
     * {@code SpecialFile} name) of what is not a regular file.
     */
    public static Finding of(Problem problem, String logo, String file, Map<String, String> details, SourceMap sourceMap,
            Locale language) {
        Terms terms = Terms.of(QuestionnaireValidator.supported(language));
        String key = switch (problem) {
            case MISSING -> "G-LOGO.missing";
            case LINK_LOOP -> "G-LOGO.linkLoop";
            case NO_ACCESS -> "G-LOGO.noAccess";
            case UNREACHABLE -> "G-LOGO.unreachable";
            case NAME_NOT_ENCODABLE -> "G-LOGO.nameNotEncodable";
            case ABSOLUTE -> "G-LOGO.absolute";
            case OUTSIDE_FOLDER -> "G-LOGO.outsideFolder";
            case OUTSIDE_BY_LINK -> "G-LOGO.outsideByLink";
            case NOT_A_FILE -> "G-LOGO.notAFile";
            case TOO_LARGE -> "G-LOGO.tooLarge";
            case TOO_MANY_PIXELS -> "G-LOGO.tooManyPixels";
            case NOT_PNG_OR_JPEG -> "G-LOGO.notPngOrJpeg";
            case UNREADABLE -> "G-LOGO.unreadable";
        };
        Map<String, String> values = new HashMap<>(details);
        values.put("logo", logo);
        values.put("file", file);
        if (details.containsKey("kind")) {
            values.put("kind", terms.text(switch (details.get("kind")) {
                case "FOLDER" -> "G-LOGO.kindFolder";
                case "DEVICE" -> "G-LOGO.kindDevice";
                case "FIFO" -> "G-LOGO.kindFifo";
                default -> "G-LOGO.kindOther";
            }));
        }
        return new Finding(RuleCode.G_LOGO, Severity.ERROR, PATH, terms.fill(key, values), sourceMap.find(PATH));
    }
}
