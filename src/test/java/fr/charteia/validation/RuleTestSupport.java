package fr.charteia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.QuestionnaireFormat;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Given/then helpers shared by the rule tests: the reference questionnaire ({@code base.yaml}, no
 * finding at all), small edits of its YAML text, and views of the findings by code.
 */
final class RuleTestSupport {

    private RuleTestSupport() {
    }

    /** The reference questionnaire, see {@code src/test/resources/fr/charteia/validation/base.yaml}. */
    /** One validator for all rule tests: building it costs a few hundred milliseconds. */
    private static final QuestionnaireValidator SHARED = new QuestionnaireValidator();

    static QuestionnaireValidator sharedValidator() {
        return SHARED;
    }

    static QuestionnaireText base() {
        try (InputStream in = RuleTestSupport.class.getResourceAsStream("base.yaml")) {
            assertThat(in).as("base.yaml on the test class path").isNotNull();
            return new QuestionnaireText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A questionnaire written whole in the test. */
    static QuestionnaireText questionnaire(String yaml) {
        return new QuestionnaireText(yaml);
    }

    /** Loads the text as the CLI would load a file named {@code test.yaml}, then validates it. */
    static List<Finding> validate(QuestionnaireValidator validator, QuestionnaireText text, Locale language) {
        return validator.validate(text.load(), language);
    }

    /** The findings of one rule, as {@code "ERROR authorised[4].tools[0]"}: severity and path, in report order. */
    static List<String> reported(List<Finding> findings, RuleCode code) {
        return findings.stream().filter(f -> f.code() == code).map(f -> f.severity() + " " + f.path()).toList();
    }

    /** The findings a rule takes part in, alone or merged with others at one place: {@code "ERROR authorised[4].data[0]"}. */
    static List<String> involving(List<Finding> findings, RuleCode code) {
        return findings.stream().filter(f -> f.codes().contains(code)).map(f -> f.severity() + " " + f.path()).toList();
    }

    /** The messages of one rule, in report order. */
    static List<String> messages(List<Finding> findings, RuleCode code) {
        return findings.stream().filter(f -> f.code() == code).map(Finding::message).toList();
    }

    /** The one finding of a rule; fails, listing all findings, if there is none or several. */
    static Finding single(List<Finding> findings, RuleCode code) {
        List<Finding> ofCode = findings.stream().filter(f -> f.code() == code).toList();
        assertThat(ofCode).as("findings of %s among %s", code, findings).hasSize(1);
        return ofCode.get(0);
    }

    /** The one finding of a rule at a path. */
    static Finding at(List<Finding> findings, RuleCode code, String path) {
        List<Finding> matching = findings.stream().filter(f -> f.code() == code && f.path().equals(path)).toList();
        assertThat(matching).as("findings of %s at %s among %s", code, path, findings).hasSize(1);
        return matching.get(0);
    }

    /** The 1-based line of the file where a value was written. */
    static int line(Finding finding) {
        assertThat(finding.position()).as("position of %s", finding).isPresent();
        return finding.position().get().line();
    }

    /**
     * The YAML text of a questionnaire and edits to it. Each edit checks that it applies exactly
     * once, so a change to base.yaml breaks the tests loudly rather than making them pass vacuously.
     */
    record QuestionnaireText(String yaml) {

        /** Appends items (written from column 0, each starting with "- ") to a top-level list. */
        QuestionnaireText adding(String section, String items) {
            List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
            int start = lines.indexOf(section + ":");
            assertThat(start).as("top-level list %s: in\n%s", section, yaml).isNotNegative();
            int end = start + 1;
            while (end < lines.size() && (lines.get(end).isEmpty() || lines.get(end).startsWith(" "))) {
                end++;
            }
            while (end > start + 1 && lines.get(end - 1).isBlank()) {
                end--;
            }
            List<String> added = items.strip().lines().map(item -> "  " + item).toList();
            lines.addAll(end, added);
            return new QuestionnaireText(String.join("\n", lines));
        }

        /** Replaces a fragment of the text that occurs exactly once. */
        QuestionnaireText replacing(String fragment, String replacement) {
            int first = yaml.indexOf(fragment);
            assertThat(first).as("fragment «%s» in the questionnaire", fragment).isNotNegative();
            assertThat(yaml.indexOf(fragment, first + 1)).as("second occurrence of «%s»", fragment).isNegative();
            return new QuestionnaireText(yaml.substring(0, first) + replacement + yaml.substring(first + fragment.length()));
        }

        /** Removes a whole line, given by a fragment that occurs exactly once. */
        QuestionnaireText withoutLine(String fragment) {
            int at = yaml.indexOf(fragment);
            assertThat(at).as("fragment «%s» in the questionnaire", fragment).isNotNegative();
            assertThat(yaml.indexOf(fragment, at + 1)).as("second occurrence of «%s»", fragment).isNegative();
            int start = yaml.lastIndexOf('\n', at) + 1;
            int end = yaml.indexOf('\n', at);
            return new QuestionnaireText(yaml.substring(0, start) + (end < 0 ? "" : yaml.substring(end + 1)));
        }

        /** Removes a top-level key and everything indented under it. */
        QuestionnaireText withoutSection(String section) {
            List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
            int start = lines.indexOf(section + ":");
            if (start < 0) {
                start = lines.stream().filter(l -> l.startsWith(section + ":")).findFirst().map(lines::indexOf).orElse(-1);
            }
            assertThat(start).as("top-level key %s in the questionnaire", section).isNotNegative();
            lines.remove(start);
            while (start < lines.size() && lines.get(start).startsWith(" ")) {
                lines.remove(start);
            }
            return new QuestionnaireText(String.join("\n", lines));
        }

        /** The 1-based line of the one line holding a fragment. */
        int lineOf(String fragment) {
            int at = yaml.indexOf(fragment);
            assertThat(at).as("fragment «%s» in the questionnaire", fragment).isNotNegative();
            assertThat(yaml.indexOf(fragment, at + 1)).as("second occurrence of «%s»", fragment).isNegative();
            return (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }

        LoadedQuestionnaire load() {
            try {
                return new QuestionnaireLoader().load("test.yaml", QuestionnaireFormat.YAML,
                        yaml.getBytes(StandardCharsets.UTF_8));
            } catch (UnreadableQuestionnaireException e) {
                throw new AssertionError("the questionnaire should be readable: " + e.failure() + "\n" + yaml, e);
            }
        }
    }
}
