package fr.charteia.validation;

import static fr.charteia.validation.RuleTestSupport.questionnaire;
import static fr.charteia.validation.RuleTestSupport.sharedValidator;
import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.bench.LargeQuestionnaires;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.SizeLimits;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented size limits (issue 13): one item over a limit is a Q-SCHEMA finding naming the
 * list, its count and its limit, and nothing else is checked; at the limit there is none.
 */
class SizeLimitsTest {

    /** A small valid questionnaire: two of everything, one rule, no prohibition. */
    private static final LargeQuestionnaires SMALL = new LargeQuestionnaires(2, 2, 2, 2, 1, 1, 1, 1, 0, false);

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("roles", sized(SizeLimits.ROLES + 1, 2, 2, 2, 1, 1, 1, 1, 0), SizeLimits.ROLES),
                Arguments.of("tools", sized(2, SizeLimits.TOOLS + 1, 2, 2, 1, 1, 1, 1, 0), SizeLimits.TOOLS),
                Arguments.of("data", sized(2, 2, SizeLimits.DATA + 1, 2, 1, 1, 1, 1, 0), SizeLimits.DATA),
                Arguments.of("uses", sized(2, 2, 2, SizeLimits.USES + 1, 1, 1, 1, 1, 0), SizeLimits.USES),
                Arguments.of("authorised[0].roles", sized(2, 2, 2, 2, 1, SizeLimits.ROLES + 1, 1, 1, 0), SizeLimits.ROLES),
                Arguments.of("authorised[0].tools", sized(2, 2, 2, 2, 1, 1, SizeLimits.TOOLS + 1, 1, 0), SizeLimits.TOOLS),
                Arguments.of("authorised[0].data", sized(2, 2, 2, 2, 1, 1, 1, SizeLimits.DATA + 1, 0), SizeLimits.DATA),
                Arguments.of("forbidden[0].roles", sized(2, 2, 2, 2, 1, 1, 1, 1, 0)
                        .replace("practices:", forbidden("roles", "role", SizeLimits.ROLES + 1) + "practices:"), SizeLimits.ROLES),
                Arguments.of("forbidden[0].tools", sized(2, 2, 2, 2, 1, 1, 1, 1, 0)
                        .replace("practices:", forbidden("tools", "tool", SizeLimits.TOOLS + 1) + "practices:"), SizeLimits.TOOLS),
                Arguments.of("forbidden[0].data", sized(2, 2, 2, 2, 1, 1, 1, 1, 0)
                        .replace("practices:", forbidden("data", "data", SizeLimits.DATA + 1) + "practices:"), SizeLimits.DATA),
                Arguments.of("authorised[0].conditions", withConditions(SizeLimits.CONDITIONS + 1), SizeLimits.CONDITIONS),
                Arguments.of("situations", withSituations(SizeLimits.SITUATIONS + 1), SizeLimits.SITUATIONS),
                Arguments.of("practices", withPractices(SizeLimits.PRACTICES + 1), SizeLimits.PRACTICES),
                Arguments.of("training", withTraining(SizeLimits.TRAINING + 1, 1), SizeLimits.TRAINING),
                Arguments.of("training[0].roles", withTraining(1, SizeLimits.ROLES + 1), SizeLimits.ROLES),
                Arguments.of("document.distribution", withDistribution(SizeLimits.DISTRIBUTION + 1), SizeLimits.DISTRIBUTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void refusesAListOneItemOverItsLimitAndChecksNothingElse(String path, String yaml, int limit) {
        LoadedQuestionnaire loaded = questionnaire(yaml).load();
        List<Finding> findings = sharedValidator().validate(loaded, Locale.FRENCH);

        assertThat(findings).extracting(Finding::code, Finding::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RuleCode.Q_SCHEMA, path));
        assertThat(findings.get(0).message()).isEqualTo("La liste « " + path + " » compte " + (limit + 1)
                + " éléments, au-delà de la limite de " + limit + " : aucun service n'en a besoin d'autant. Regroupez les"
                + " éléments voisins, retirez les doublons ou découpez le questionnaire en plusieurs services. Le reste du"
                + " questionnaire sera vérifié une fois cette liste ramenée à " + limit + " éléments au plus.");
        assertThat(findings.get(0).position()).as("the line of the list").isPresent();
        assertThat(loaded.questionnaire()).as("no rule reads a questionnaire over a limit").isEmpty();
    }

    @Test
    void saysTheSameInEnglish() {
        List<Finding> findings = sharedValidator().validate(questionnaire(sized(2, SizeLimits.TOOLS + 1, 2, 2, 1, 1, 1, 1, 0)).load(),
                Locale.ENGLISH);

        assertThat(findings).singleElement().extracting(Finding::message).isEqualTo("The list \"tools\" has 501 items, over"
                + " the limit of 500: no department needs that many. Group similar items, remove repeats or split the"
                + " questionnaire into several departments. The rest of the questionnaire will be checked once this list is"
                + " down to 500 items at most.");
    }

    @Test
    void countsAuthorisedAndForbiddenRulesTogether() {
        String yaml = sized(2, 2, 2, 2, SizeLimits.RULES - 1, 1, 1, 1, 2);

        List<Finding> findings = sharedValidator().validate(questionnaire(yaml).load(), Locale.FRENCH);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(RuleCode.Q_SCHEMA);
            assertThat(finding.path()).isEqualTo("authorised");
            assertThat(finding.message()).isEqualTo("Les listes « authorised » et « forbidden » comptent ensemble 2001"
                    + " règles, au-delà de la limite de 2000 : aucun service n'en a besoin d'autant. Regroupez les règles"
                    + " d'un même usage (une règle peut nommer plusieurs rôles, outils et données) ou découpez le"
                    + " questionnaire en plusieurs services. Le reste du questionnaire sera vérifié une fois les règles"
                    + " ramenées à 2000 au plus.");
        });
    }

    @Test
    void reportsEveryListOverItsLimitAtOnce() {
        String yaml = sized(SizeLimits.ROLES + 1, SizeLimits.TOOLS + 1, 2, 2, 1, 1, SizeLimits.TOOLS + 1, 1, 0);

        List<Finding> findings = sharedValidator().validate(questionnaire(yaml).load(), Locale.FRENCH);

        assertThat(findings).extracting(Finding::path).containsExactly("roles", "tools", "authorised[0].tools");
    }

    @Test
    void acceptsAQuestionnaireAtEveryLimit() {
        // every list at its limit; the rules' id lists at theirs in a second questionnaire (the file size bounds both)
        String atLimits = LargeQuestionnaires.atTheLimits().yaml();
        String idsAtLimits = sized(SizeLimits.ROLES, SizeLimits.TOOLS, SizeLimits.DATA, 2, 1, SizeLimits.ROLES,
                SizeLimits.TOOLS, SizeLimits.DATA, 0);

        for (String yaml : List.of(atLimits, idsAtLimits, withConditions(SizeLimits.CONDITIONS),
                withSituations(SizeLimits.SITUATIONS), withPractices(SizeLimits.PRACTICES),
                withTraining(SizeLimits.TRAINING, 2), withDistribution(SizeLimits.DISTRIBUTION))) {
            LoadedQuestionnaire loaded = questionnaire(yaml).load();
            List<Finding> findings = sharedValidator().validate(loaded, Locale.FRENCH);
            assertThat(findings).filteredOn(f -> f.code() == RuleCode.Q_SCHEMA).isEmpty();
            assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
            assertThat(loaded.questionnaire()).isPresent();
        }
    }

    @Test
    void refusesAQuestionnaireBuiltInMemoryToo() {
        LoadedQuestionnaire loaded = new LoadedQuestionnaire("x", questionnaire(SMALL.yaml()).load().questionnaire(),
                List.of(), fr.charteia.load.SourceMap.EMPTY, new byte[0]);
        var tooMany = new fr.charteia.model.Questionnaire(loaded.questionnaire().get().schema(), null, null,
                loaded.questionnaire().get().organisation(), loaded.questionnaire().get().service(),
                loaded.questionnaire().get().document(), loaded.questionnaire().get().roles(),
                loaded.questionnaire().get().tools(), loaded.questionnaire().get().data(), loaded.questionnaire().get().uses(),
                loaded.questionnaire().get().authorised(), loaded.questionnaire().get().forbidden(), List.of(),
                IntStream.range(0, SizeLimits.PRACTICES + 1).mapToObj(i -> "Pratique " + i).toList(), null, null,
                loaded.questionnaire().get().training(), List.of());

        List<Finding> findings = sharedValidator().validate(tooMany, Locale.FRENCH);

        assertThat(findings).extracting(Finding::code, Finding::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RuleCode.Q_SCHEMA, "practices"));
    }

    private static String sized(int roles, int tools, int data, int uses, int rules, int rolesPerRule, int toolsPerRule,
            int dataPerRule, int forbidden) {
        return new LargeQuestionnaires(roles, tools, data, uses, rules, rolesPerRule, toolsPerRule, dataPerRule, forbidden,
                false).yaml();
    }

    private static String forbidden(String list, String prefix, int count) {
        return "forbidden:\n  - " + list + ": " + ids(prefix, count) + "\n    reason: Pas d'usage pour ceux-là.\n";
    }

    /** {@code count} references to the two declared items of the small questionnaire, in turn. */
    private static String ids(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + "-" + (i % 2 + 1)).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String withConditions(int count) {
        return SMALL.yaml().replaceFirst("    human_validation: true\n", "    human_validation: true\n    conditions:\n"
                + items(count, "      - Condition numéro %d.\n"));
    }

    private static String withSituations(int count) {
        return SMALL.yaml() + "situations:\n"
                + items(count, "  - { situation: Situation %d, risk: Un risque, reflex: Un réflexe }\n");
    }

    private static String withPractices(int count) {
        return SMALL.yaml().replace("practices:\n  - Relire chaque production avant usage.\n",
                "practices:\n" + items(count, "  - Pratique numéro %d.\n"));
    }

    private static String withTraining(int count, int roles) {
        return SMALL.yaml().replace("training:\n  - { title: Formation à l'IA, roles: [\"*\"], date: mars 2027 }\n",
                "training:\n" + items(count, "  - { title: Formation %d, roles: " + ids("role", roles) + " }\n"));
    }

    private static String withDistribution(int count) {
        return SMALL.yaml().replace("  review_date: 2028-01-04\n", "  review_date: 2028-01-04\n"
                + (count == 0 ? "" : "  distribution:\n" + items(count, "    - Destinataire %d\n")));
    }

    private static String items(int count, String format) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format(Locale.ROOT, format, i)).collect(Collectors.joining());
    }
}
