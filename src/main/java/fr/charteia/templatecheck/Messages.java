package fr.charteia.templatecheck;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The problems of the template check, each a sentence saying what is wrong then how to fix it, in
 * the language of {@code --lang}: the sentences are the {@code templates.problem.*} and
 * {@code templates.markdown.*} keys of the command line's texts.
 */
final class Messages {

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Messages of(Locale language) {
        return new Messages(ResourceBundle.getBundle("fr.charteia.cli.Texts", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    TemplateProblem unknownName(String file, int line, String tag, String name, String part, Optional<String> suggestion) {
        return problem(file, line, ProblemKind.UNKNOWN_NAME, "unknownName", part, tag + name + "}}",
                suggestion.map(s -> text("suggestion", s)).orElse(""));
    }

    String unknownAtRender(String tag) {
        return text("unknownAtRender", tag);
    }

    TemplateProblem rawTag(String file, int line, String name) {
        return problem(file, line, ProblemKind.RAW_TAG, "rawTag", name);
    }

    TemplateProblem missingPartial(String file, int line, String name, String path) {
        return problem(file, line, ProblemKind.MISSING_PARTIAL, "missingPartial", name, path);
    }

    TemplateProblem deadSection(String file, int line, String name, boolean inverted, String inputs) {
        return problem(file, line, ProblemKind.DEAD_SECTION, "deadSection", (inverted ? "^" : "#") + name, inputs);
    }

    TemplateProblem unknownTemplate(String file, String relative, String expected) {
        return problem(file, 0, ProblemKind.UNKNOWN_TEMPLATE, "unknownTemplate", relative, expected);
    }

    TemplateProblem missingInLanguage(String file, String relative, String language, String other) {
        return problem(file, 0, ProblemKind.MISSING_TRANSLATION, "missingInLanguage", relative, language, other);
    }

    TemplateProblem renderFailure(String file, int line, String input, String reason) {
        return problem(file, line, ProblemKind.RENDER_FAILURE, "renderFailure", input, reason);
    }

    TemplateProblem unusable(String file, int line, String reason) {
        return problem(file, line, ProblemKind.UNUSABLE, "unusable", reason);
    }

    /** Unsupported Markdown: {@code what} and {@code fix} name a {@code templates.markdown.<what>} pair. */
    TemplateProblem markdown(String file, int line, String what, String detail, String input) {
        return problem(file, line, ProblemKind.MARKDOWN, "markdown", markdownText(what, detail), input,
                markdownText(what + ".fix", detail));
    }

    TemplateProblem tooLong(String file, String input, int pages) {
        return problem(file, 0, ProblemKind.SHEET_TOO_LONG, "tooLong", input, pages, pages - 1);
    }

    private TemplateProblem problem(String file, int line, ProblemKind kind, String key, Object... values) {
        return new TemplateProblem(file, line, kind, text(key, values));
    }

    private String text(String key, Object... values) {
        return fill(bundle.getString("templates.problem." + key), values);
    }

    private String markdownText(String key, Object... values) {
        return fill(bundle.getString("templates.markdown." + key), values);
    }

    /** {@code {0}}, {@code {1}}… replaced in one pass, values not rescanned: as the command line's texts do. */
    private static String fill(String template, Object... values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && Character.isDigit(template.charAt(i + 1))
                    && template.charAt(i + 2) == '}') {
                int index = template.charAt(i + 1) - '0';
                out.append(index < values.length ? values[index] : "");
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
