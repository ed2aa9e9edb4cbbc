package fr.charteia.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.model.Questionnaire;
import fr.charteia.validation.Finding;
import fr.charteia.validation.ProblemMessages;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Terms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values Jackson would bind but the format refuses: dates outside 2000–2100 or written as a number,
 * and numbers or quoted words where true or false is expected. Each is a Q-SCHEMA finding at its
 * place, never a strange date in the documents nor an internal error.
 */
class RefusedValuesTest {

    private static final QuestionnaireValidator VALIDATOR = new QuestionnaireValidator();

    @AfterAll
    static void closeValidator() {
        VALIDATOR.close();
    }

    // --- dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // year 0, a year before Christ (once printed « 1er février 2028 »), nine digits (once exit 3)
        "0000-02-01", "-2027-02-01", "'\"-2027-02-01\"'", "999999999-02-01", "+999999999-02-01", "1999-12-31", "2101-01-01"})
    void aDateOutsideTheCenturyIsRefusedWithTheFieldAndTheForm(String written) {
        String yaml = sample().replace("effective_date: 2027-01-04", "effective_date: " + written);
        String value = written.replace("\"", "");

        Finding finding = at(findings(yaml, Locale.FRENCH), "document.effective_date");

        assertThat(finding.message()).isEqualTo("La date « " + value + " » de « effective_date » est hors de la période "
                + "acceptée (de 2000-01-01 à 2100-12-31) : écrivez une date de cette période sous la forme AAAA-MM-JJ, "
                + "par exemple 2027-03-12.");
        assertThat(finding.position()).contains(new SourcePosition(35, 19));
        assertThat(at(findings(yaml, Locale.ENGLISH), "document.effective_date").message()).isEqualTo("The date \"" + value
                + "\" of \"effective_date\" is outside the accepted period (2000-01-01 to 2100-12-31): write a date of that "
                + "period as YYYY-MM-DD, for example 2027-03-12.");
    }

    @Test
    void aDateWrittenAsANumberIsNotACountOfDays() {
        // Jackson read 20270201 as days since 1970: the year 57467
        String yaml = sample().replace("review_date: 2028-01-04", "review_date: 20270201");

        List<Finding> findings = findings(yaml, Locale.FRENCH);

        Finding finding = at(findings, "document.review_date");
        assertThat(finding.message()).isEqualTo("Date « 20270201 » non reconnue : écrivez la date sous la forme AAAA-MM-JJ, "
                + "par exemple 2027-02-01.");
        assertThat(finding.position()).contains(new SourcePosition(36, 16));
    }

    @Test
    void otherShapesWhereADateIsExpectedAreRefused() {
        String yaml = sample().replace("effective_date: 2027-01-04", "effective_date: 2027.0104")
                .replace("review_date: 2028-01-04", "review_date: true");

        List<Finding> findings = findings(yaml, Locale.FRENCH);

        assertThat(at(findings, "document.effective_date").message()).isEqualTo("Valeur « 2027.0104 » de type incorrect : "
                + "on attend une date au format AAAA-MM-JJ (par exemple 2027-01-04) à cet endroit.");
        assertThat(at(findings, "document.review_date").message()).isEqualTo("Valeur « true » de type incorrect : "
                + "on attend une date au format AAAA-MM-JJ (par exemple 2027-01-04) à cet endroit.");
    }

    @Test
    void theFirstAndLastDaysOfTheCenturyAreAccepted() throws Exception {
        String yaml = sample().replace("effective_date: 2027-01-04", "effective_date: 2000-01-01")
                .replace("review_date: 2028-01-04", "review_date: 2100-12-31");

        LoadedQuestionnaire loaded = load("q.yaml", yaml);

        assertThat(loaded.problems()).isEmpty();
        Questionnaire questionnaire = loaded.questionnaire().orElseThrow();
        assertThat(questionnaire.document().effectiveDate()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(questionnaire.document().reviewDate()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void jsonDatesFollowTheSameRule() {
        String json = "{\"schema\": \"charte-ia/1\", \"document\": {\"effective_date\": 20270201, "
                + "\"review_date\": \"-2027-02-01\"}}";

        List<Finding> findings = findings("q.json", json, Locale.FRENCH);

        assertThat(at(findings, "document.effective_date").message()).isEqualTo("Date « 20270201 » non reconnue : "
                + "écrivez la date sous la forme AAAA-MM-JJ, par exemple 2027-02-01.");
        assertThat(at(findings, "document.effective_date").position()).contains(new SourcePosition(1, 58));
        assertThat(at(findings, "document.review_date").message()).startsWith("La date « -2027-02-01 » de « review_date » "
                + "est hors de la période acceptée");
    }

    // --- true or false

    @Test
    void numbersWhereTrueOrFalseIsExpectedAreRefused() {
        // Jackson read 2 as true and 0 as false
        String yaml = sample().replaceFirst("contract: false", "contract: 2")
                .replaceFirst("human_validation: true", "human_validation: 0")
                .replaceFirst("contract: true", "contract: 1.5");

        List<Finding> findings = findings(yaml, Locale.FRENCH);

        assertThat(at(findings, "tools[0].contract").message())
                .isEqualTo("Valeur « 2 » non reconnue : écrivez true (oui) ou false (non).");
        assertThat(at(findings, "tools[0].contract").position()).contains(new SourcePosition(69, 15));
        assertThat(at(findings, "tools[1].contract").message())
                .isEqualTo("Valeur « 1.5 » non reconnue : écrivez true (oui) ou false (non).");
        assertThat(at(findings, "authorised[0].human_validation").message())
                .isEqualTo("Valeur « 0 » non reconnue : écrivez true (oui) ou false (non).");
        assertThat(at(findings, "authorised[0].human_validation").position()).contains(new SourcePosition(171, 23));
    }

    @Test
    void trueOrFalseInQuotesIsATextAndSaysSo() {
        String yaml = sample().replaceFirst("contract: false", "contract: \"true\"")
                .replaceFirst("contract: true", "contract: 'false'");

        List<Finding> findings = findings(yaml, Locale.FRENCH);

        assertThat(at(findings, "tools[0].contract").message()).isEqualTo("Valeur « true » écrite entre guillemets, donc lue "
                + "comme un texte : écrivez true (oui) ou false (non) sans guillemets.");
        assertThat(at(findings, "tools[1].contract").message()).isEqualTo("Valeur « false » écrite entre guillemets, donc "
                + "lue comme un texte : écrivez true (oui) ou false (non) sans guillemets.");
        assertThat(at(findings(yaml, Locale.ENGLISH), "tools[0].contract").message()).isEqualTo("Value \"true\" is written "
                + "in quotes, so read as a text: write true (yes) or false (no) without quotes.");
    }

    @Test
    void optionalYesNoAnswersAndJsonAreRefusedAlike() {
        String json = "{\"schema\": \"charte-ia/1\", \"tools\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"public\", "
                + "\"hosting\": \"eu\", \"contract\": 1, \"ce_marked\": \"true\", \"record\": 0, \"patient_notice\": [true]}]}";

        List<Finding> findings = findings("q.json", json, Locale.FRENCH);

        assertThat(at(findings, "tools[0].contract").message())
                .isEqualTo("Valeur « 1 » non reconnue : écrivez true (oui) ou false (non).");
        assertThat(at(findings, "tools[0].ce_marked").message()).startsWith("Valeur « true » écrite entre guillemets");
        assertThat(at(findings, "tools[0].record").message())
                .isEqualTo("Valeur « 0 » non reconnue : écrivez true (oui) ou false (non).");
        assertThat(at(findings, "tools[0].patient_notice").message())
                .isEqualTo("Type de valeur incorrect : on attend true ou false à cet endroit. Vérifiez l'indentation et la "
                        + "forme de la valeur.");
    }

    @Test
    void trueFalseAndLeftOutAnswersStillBind() throws Exception {
        LoadedQuestionnaire loaded = load("q.yaml", sample().replaceFirst("contract: false", "contract:"));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.questionnaire().orElseThrow().tools()).extracting(t -> t.contract()).startsWith(false, true);
    }

    // --- helpers

    private static String sample() {
        try {
            return Files.readString(Path.of("samples/urgences-adultes.yaml"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static LoadedQuestionnaire load(String name, String text) throws UnreadableQuestionnaireException {
        return new QuestionnaireLoader().load(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Finding> findings(String yaml, Locale language) {
        return findings("q.yaml", yaml, language);
    }

    private static List<Finding> findings(String name, String text, Locale language) {
        try {
            return VALIDATOR.validate(load(name, text), language).stream().filter(f -> f.code() == RuleCode.Q_SCHEMA).toList();
        } catch (UnreadableQuestionnaireException e) {
            throw new AssertionError("expected a readable file: " + ProblemMessages.describe(e.failure(), Terms.of(language)));
        }
    }

    private static Finding at(List<Finding> findings, String path) {
        List<Finding> found = findings.stream().filter(f -> f.path().equals(path)).toList();
        assertThat(found).as("findings at %s in %s", path, findings).hasSize(1);
        return found.get(0);
    }
}
