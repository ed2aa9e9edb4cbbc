package fr.charteia.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.charteia.load.LoadFailure.Reason;
import fr.charteia.validation.Finding;
import fr.charteia.validation.ProblemMessages;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Terms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mistakes people make writing a questionnaire by hand, each explained at the line of its
 * cause (not where the parser noticed it), with what to change, in French and in English, and
 * never in the parser's own words.
 */
class HandWrittenMistakesTest {

    private static final QuestionnaireValidator VALIDATOR = new QuestionnaireValidator();

    @AfterAll
    static void closeValidator() {
        VALIDATOR.close();
    }

    // --- 1. tabs

    @Test
    void tabIndentationIsReportedOnTheLineHoldingTheTab() {
        // the parser complains at the end of line 3; the tab is on line 4
        Refusal refusal = yaml("schema: charte-ia/1\norganisation:\n  name: X\n\tcontacts: {}\n");

        refusal.is(Reason.TAB, 4, 1, "Le fichier q.yaml est indenté avec une tabulation (ligne 4, colonne 1) : YAML "
                + "n'accepte que des espaces en début de ligne, remplacez les tabulations par des espaces (deux espaces par niveau).");
        assertThat(refusal.english()).isEqualTo("The file q.yaml is indented with a tab (line 4, column 1): YAML accepts "
                + "only spaces at the start of a line, replace the tabs with spaces (two spaces per level).");
    }

    @Test
    void tabAfterSomeSpacesIsFoundAtItsColumn() {
        yaml("schema: charte-ia/1\norganisation:\n  contacts:\n    dpo:\n  \t  name: Y\n").is(Reason.TAB, 5, 3, null);
    }

    // --- 2. a colon inside a text

    @Test
    void colonInsideAnUnquotedTextQuotesTheLinesKey() {
        Refusal refusal = yaml("""
                schema: charte-ia/1
                service:
                  name: Urgences
                  unit: Règle : ne jamais saisir de nom
                """);

        refusal.is(Reason.COLON_IN_TEXT, 4, 15, "Dans le fichier q.yaml, le texte de « unit » contient « : » suivi d'un "
                + "espace (ligne 4, colonne 15), que YAML prend pour une nouvelle clé : mettez ce texte entre guillemets, "
                + "par exemple « unit: \"Règle : ne jamais saisir de nom\" ».");
    }

    @Test
    void colonInsideAListItemIsAShapeProblemWithTheQuotedItemAsFix() {
        List<Finding> findings = schemaFindings("""
                schema: charte-ia/1
                document:
                  distribution:
                    - Cadres de santé
                    - Rappel: à faire
                """, Locale.FRENCH);

        Finding finding = at(findings, "document.distribution[1]");
        assertThat(finding.message()).isEqualTo("Ce texte contient « : » suivi d'un espace, que YAML prend pour une clé : "
                + "mettez ce texte entre guillemets, par exemple « - \"Rappel: à faire\" ».");
        assertThat(finding.position()).contains(new SourcePosition(5, 7));
    }

    // --- 3. a list item without its dash

    @Test
    void repeatedKeyInsideAToolSaysADashIsMissingNotToDeleteIt() {
        Refusal refusal = yaml("""
                schema: charte-ia/1
                tools:
                  - id: chat
                    name: Chat
                    kind: public
                    hosting: eu
                    id: copilot
                    name: Copilot
                """);

        refusal.is(Reason.MISSING_DASH, 7, 5, "Dans le fichier q.yaml, il manque probablement un « - » au début de la "
                + "ligne 7 : « id: copilot » y commence un nouvel élément de la liste « tools ». Écrivez « - id: copilot », "
                + "le tiret aligné sur ceux des autres éléments (ne supprimez pas la ligne).");
        assertThat(refusal.french()).doesNotContain("doublon");
    }

    @Test
    void keyWrittenAtTheColumnOfTheDashesAlsoMissesItsDash() {
        yaml("""
                schema: charte-ia/1
                tools:
                  - id: chat
                    name: Chat
                  id: copilot
                  name: Copilot
                """).is(Reason.MISSING_DASH, 5, 3, "Dans le fichier q.yaml, il manque probablement un « - » au début de la "
                + "ligne 5 : « id: copilot » y commence un nouvel élément de la liste « tools ». Écrivez « - id: copilot », "
                + "le tiret aligné sur ceux des autres éléments (ne supprimez pas la ligne).");
    }

    @Test
    void firstItemOfAListWithoutItsDash() {
        yaml("""
                schema: charte-ia/1
                tools:
                    id: chat
                    name: Chat
                  - id: copilot
                """).is(Reason.MISSING_DASH, 3, 5, "Dans le fichier q.yaml, il manque probablement un « - » au début de la "
                + "ligne 3 : « id: chat » y commence un nouvel élément de la liste « tools ». Écrivez « - id: chat », le "
                + "tiret aligné sur ceux des autres éléments (ne supprimez pas la ligne).");
        yaml("""
                schema: charte-ia/1
                roles:
                  - { id: a, label: A, kind: care }
                    { id: b, label: B, kind: care }
                """).is(Reason.MISSING_DASH, 4, 5, null);
    }

    @Test
    void firstTextOfAListWithoutItsDashIsReadAsOneText() {
        Finding finding = at(schemaFindings("""
                schema: charte-ia/1
                document:
                  distribution:
                      Cadres de santé
                    - Internes
                    - Secrétariat
                """, Locale.FRENCH), "document.distribution");

        assertThat(finding.message()).isEqualTo("Le premier élément de cette liste n'a pas de « - » : YAML lit alors toute "
                + "la liste comme un seul texte. Ajoutez « - » au début de cette ligne, comme pour les éléments suivants.");
        assertThat(finding.position()).contains(new SourcePosition(4, 7));
    }

    @Test
    void duplicateKeyOutsideAListOfItemsKeepsTheDuplicateMessage() {
        yaml("schema: charte-ia/1\nservice:\n  name: Urgences\nservice:\n  unit: Pôle\n").is(Reason.DUPLICATE_KEY, 4, 1,
                "Le fichier q.yaml contient deux fois la même clé « service » (ligne 4, colonne 1) : fusionnez les deux "
                        + "blocs ou supprimez le doublon.");
    }

    // --- 4. indentation

    @Test
    void keyBetweenTwoIndentationsNamesBothNeighbours() {
        yaml("""
                schema: charte-ia/1
                organisation:
                  name: Centre hospitalier
                 contacts: {}
                """).is(Reason.KEY_MISALIGNED, 4, 2, "Dans le fichier q.yaml, la clé « contacts » (ligne 4, colonne 2) est "
                + "mal alignée : elle ne commence ni sous « name » (ligne 3, colonne 3) ni sous « organisation » (ligne 2, "
                + "colonne 1). Alignez-la exactement sur la clé du bloc dont elle fait partie.");
    }

    @Test
    void keyIndentedMoreThanASiblingWithAValueOffersBothFixes() {
        yaml("""
                schema: charte-ia/1
                service:
                  name: Urgences
                   unit: Pôle urgences
                """).is(Reason.INDENTED_UNDER_VALUE, 4, 4, "Dans le fichier q.yaml, la clé « unit » (ligne 4, colonne 4) "
                + "est plus indentée que « name » (ligne 3), qui a déjà une valeur : si les deux clés sont au même niveau, "
                + "alignez « unit » sur « name » (colonne 3) ; si « unit » fait partie de « name », retirez la valeur "
                + "« Urgences » de la ligne 3.");
    }

    @Test
    void movedFirstKeyOfABlockIsTheOneToMoveNotTheKeysAfterIt() {
        yaml("""
                schema: charte-ia/1
                service:
                   name: Urgences
                  unit: Pôle urgences
                  manager: { name: Dr A }
                """).is(Reason.FIRST_KEY_MISALIGNED, 3, 4, "Dans le fichier q.yaml, la clé « name » (ligne 3, colonne 4) "
                + "n'est pas alignée sur « unit » (ligne 4, colonne 3), qui la suit dans le même bloc : décalez « name » pour "
                + "qu'elle commence à la colonne 3.");
    }

    @Test
    void indentedFirstLineOfTheFile() {
        yaml("# questionnaire\n schema: charte-ia/1\nlocale: fr\n").is(Reason.FIRST_KEY_INDENTED, 2, 1,
                "Dans le fichier q.yaml, la ligne 2 (« schema ») commence par des espaces (ligne 2, colonne 1) : les clés du "
                        + "premier niveau (schema, organisation, service…) s'écrivent au tout début de la ligne. Retirez ces espaces.");
    }

    @Test
    void keyIndentedUnderTheSchemaLineIsNotAnUnknownFormat() {
        yaml("schema: charte-ia/1\n locale: fr\n").is(Reason.INDENTED_UNDER_VALUE, 2, 2, null);
        yaml("schema: \"charte-ia/1\nlocale: \"fr\"\n").is(Reason.UNCLOSED_QUOTE, 1, 9, null);
    }

    @Test
    void listItemsMustLineUpAndStandUnderTheirKey() {
        yaml("""
                schema: charte-ia/1
                document:
                  distribution:
                      - Cadres
                    - Internes
                """).is(Reason.DASH_MISALIGNED, 5, 5, "Dans le fichier q.yaml, le « - » de la ligne 5 (ligne 5, colonne 5) "
                + "n'est pas aligné sur celui de la ligne 4 : les éléments d'une même liste commencent tous à la même "
                + "colonne, ici la colonne 7.");
        yaml("""
                schema: charte-ia/1
                document:
                  distribution:
                - Cadres
                """).is(Reason.LIST_LEFT_OF_KEY, 4, 1, "Dans le fichier q.yaml, la liste de « distribution » (ligne 3) "
                + "commence à gauche de sa clé (ligne 4, colonne 1) : décalez ses lignes « - » vers la droite, au moins "
                + "jusqu'à la colonne 3, sous « distribution ».");
    }

    // --- 5. unclosed quotes and brackets

    @Test
    void unclosedQuoteIsReportedWhereItOpensNotAtTheEndOfTheFile() {
        yaml("""
                schema: charte-ia/1
                organisation:
                  name: "Centre hospitalier
                service:
                  name: Urgences
                """).is(Reason.UNCLOSED_QUOTE, 3, 9, "Dans le fichier q.yaml, le guillemet « \" » ouvert ligne 3 "
                + "(colonne 9) n'est jamais fermé : ajoutez « \" » à la fin du texte, sur la même ligne.");
    }

    @Test
    void quoteSwallowingTheNextLinesIsStillFoundWhereItOpens() {
        // the quote of line 4 closes the one of line 3: the parser fails on line 4
        yaml("schema: charte-ia/1\norganisation:\n  name: 'Centre\n  unit: 'y'\n").is(Reason.UNCLOSED_QUOTE, 3, 9,
                "Dans le fichier q.yaml, le guillemet « ' » ouvert ligne 3 (colonne 9) n'est jamais fermé : ajoutez « ' » "
                        + "à la fin du texte, sur la même ligne.");
    }

    @Test
    void unclosedBracketAndBraceAreReportedWhereTheyOpen() {
        yaml("schema: charte-ia/1\nroles: [medecin, interne\nservice:\n  name: y\n").is(Reason.UNCLOSED_BRACKET, 2, 8,
                "Dans le fichier q.yaml, le crochet « [ » ouvert ligne 2 (colonne 8) n'est jamais fermé : ajoutez « ] » "
                        + "à la fin de la liste, sur la même ligne.");
        yaml("schema: charte-ia/1\nroles:\n  - { id: a, label: A, kind: care\n  - { id: b, label: B, kind: care }\n")
                .is(Reason.UNCLOSED_BRACE, 3, 5, "Dans le fichier q.yaml, l'accolade « { » ouverte ligne 3 (colonne 5) "
                        + "n'est jamais fermée : ajoutez « } » à la fin du bloc, sur la même ligne.");
    }

    // --- 6. dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12/03/2027", "2027-3-12", "12 mars 2027"})
    void dateNotInIsoFormShowsTheUsersOwnDateRewritten(String written) {
        List<Finding> findings = schemaFindings("schema: charte-ia/1\ndocument:\n  effective_date: " + written + "\n",
                Locale.FRENCH);

        Finding finding = at(findings, "document.effective_date");
        assertThat(finding.message()).isEqualTo("Date « " + written + " » non reconnue : écrivez la date sous la forme "
                + "AAAA-MM-JJ, par exemple 2027-03-12.");
        assertThat(finding.position()).contains(new SourcePosition(3, 19));
        assertThat(at(schemaFindings("schema: charte-ia/1\ndocument:\n  effective_date: " + written + "\n", Locale.ENGLISH),
                "document.effective_date").message())
                .isEqualTo("Date \"" + written + "\" not recognised: write the date as YYYY-MM-DD, for example 2027-03-12.");
    }

    @Test
    void impossibleDateSaysItDoesNotExist() {
        Finding finding = at(schemaFindings("schema: charte-ia/1\ndocument:\n  review_date: 2027-02-30\n", Locale.FRENCH),
                "document.review_date");

        assertThat(finding.message()).isEqualTo("La date « 2027-02-30 » n'existe pas (le mois va de 01 à 12, le jour doit "
                + "exister dans ce mois) : écrivez la date sous la forme AAAA-MM-JJ, par exemple 2027-03-12.");
        assertThat(finding.position()).contains(new SourcePosition(3, 16));
    }

    // --- 7. oui / non

    @Test
    void frenchYesAndNoWhereTrueOrFalseIsExpected() {
        List<Finding> findings = schemaFindings("""
                schema: charte-ia/1
                tools:
                  - id: a
                    name: A
                    kind: public
                    hosting: eu
                    contract: oui
                    ce_marked: faux
                    record: "no"
                    trains_on_inputs: non
                """, Locale.FRENCH);

        assertThat(at(findings, "tools[0].contract").message())
                .isEqualTo("Valeur « oui » non reconnue : écrivez true (oui) ou false (non).");
        assertThat(at(findings, "tools[0].contract").position()).contains(new SourcePosition(7, 15));
        assertThat(at(findings, "tools[0].ce_marked").message())
                .isEqualTo("Valeur « faux » non reconnue : écrivez true (oui) ou false (non).");
        assertThat(at(findings, "tools[0].record").message())
                .isEqualTo("Valeur « no » non reconnue : écrivez true (oui) ou false (non).");
        assertThat(at(findings, "tools[0].trains_on_inputs").message())
                .isEqualTo("Valeur « non » non reconnue : écrivez true (oui), false (non) ou unknown (ne sait pas).");
        assertThat(at(findings, "tools[0].trains_on_inputs").position()).contains(new SourcePosition(10, 23));
    }

    // --- 8. a misspelt key (kept as it was)

    @Test
    void misspeltKeyGetsTheClosestKnownKey() {
        Finding finding = at(schemaFindings("schema: charte-ia/1\ntols: []\n", Locale.FRENCH), "tols");

        assertThat(finding.message()).isEqualTo("Clé inconnue « tols » : vouliez-vous dire « tools » ? Corrigez l'orthographe "
                + "(les clés sont en anglais, en minuscules avec des tirets bas).");
        assertThat(finding.position()).contains(new SourcePosition(2, 1));
    }

    // --- 9. a list written as text with commas

    @Test
    void commaSeparatedTextWhereAListIsExpectedShowsTheList() {
        Finding finding = at(schemaFindings("schema: charte-ia/1\nauthorised:\n  - use: courriers\n    roles: medecin, interne\n",
                Locale.FRENCH), "authorised[0].roles");

        assertThat(finding.message()).isEqualTo("« medecin, interne » est un seul texte, pas une liste : écrivez une liste : "
                + "[medecin, interne] ou un élément par ligne précédé de « - ».");
        assertThat(finding.position()).contains(new SourcePosition(4, 12));
    }

    // --- 10. a text starting with a sign YAML reserves

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"@Urgences|@", "%Urgences|%", "*Urgences|*", "`Urgences`|`", "[Urgences] adultes|["})
    void textStartingWithAReservedSignIsToBeQuoted(String value, String sign) {
        yaml("schema: charte-ia/1\nservice:\n  name: " + value + "\n").is(Reason.RESERVED_CHARACTER, 3, 9,
                "Dans le fichier q.yaml, le texte de « name » commence par « " + sign + " » (ligne 3, colonne 9), un signe "
                        + "réservé en YAML : mettez ce texte entre guillemets, par exemple « name: \"" + value + "\" ».");
    }

    @Test
    void anAliasWithItsAnchorIsStillRefusedAsAnAlias() {
        assertThat(yaml("schema: charte-ia/1\nx: &n 1\ny: *n\n").failure.reason()).isEqualTo(Reason.ALIAS);
    }

    // --- more: a value put under its key, a key without its colon, quotes inside quotes

    @Test
    void valueOnTheNextLineWithoutIndentation() {
        yaml("schema: charte-ia/1\norganisation:\n  name:\n  Centre hospitalier\n").is(Reason.VALUE_ON_NEXT_LINE, 4, 3,
                "Dans le fichier q.yaml, la valeur de « name » (ligne 3) est écrite sur la ligne suivante sans retrait "
                        + "(ligne 4, colonne 3) : mettez-la sur la même ligne que sa clé, par exemple « name: Centre hospitalier ».");
    }

    @Test
    void keyWithoutItsColon() {
        yaml("schema: charte-ia/1\norganisation:\n  name: X\nservice\n  name: Y\n").is(Reason.MISSING_COLON, 4, 1,
                "Dans le fichier q.yaml, la ligne 4 (« service ») n'a pas de deux-points (ligne 4, colonne 1) : une clé "
                        + "s'écrit suivie de « : » (par exemple « service: »), et un texte qui continue sur la ligne suivante "
                        + "doit être indenté sous sa clé.");
    }

    @Test
    void doubleQuotesInsideDoubleQuotes() {
        yaml("schema: charte-ia/1\nservice:\n  name: \"Le \"grand\" service\"\n").is(Reason.INNER_QUOTE, 3, 14,
                "Dans le fichier q.yaml, le texte de « name » contient des guillemets droits à l'intérieur de guillemets "
                        + "droits (ligne 3, colonne 14), ce qui le coupe en deux : entourez-le d'apostrophes, par exemple "
                        + "« name: 'Le \"grand\" service' », ou utilisez les guillemets français « ».");
    }

    @Test
    void backslashInsideDoubleQuotes() {
        yaml("schema: charte-ia/1\nservice:\n  unit: \"S:\\Qualité\\Urgences\"\n").is(Reason.BACKSLASH_IN_QUOTES, 3, 12,
                "Dans le fichier q.yaml, le texte de « unit » contient une barre oblique inversée « \\ » entre guillemets "
                        + "doubles (ligne 3, colonne 12), où YAML la lit comme un code spécial : entourez ce texte "
                        + "d'apostrophes, par exemple « unit: 'S:\\Qualité\\Urgences' ».");
    }

    @Test
    void anythingElseGetsAnHonestGenericMessageWithoutTheParsersWords() {
        Refusal refusal = yaml("schema: charte-ia/1\nservice: { name: a }: b\n");

        refusal.is(Reason.SYNTAX, 2, 21, "Le fichier q.yaml contient une erreur de syntaxe YAML (ligne 2, colonne 21). "
                + "Vérifiez à cet endroit et sur la ligne précédente : l'indentation (des espaces, alignés sur les clés du même "
                + "bloc), les deux-points (« clé: valeur », avec un espace après « : ») et les guillemets (un texte qui "
                + "contient « : » ou « # », ou qui commence par un signe comme « * », « @ » ou « [ », se met entre guillemets).");
        assertThat(refusal.failure.details()).isEmpty();
    }

    // --- JSON

    @Test
    void jsonMistakesAreExplainedInFrenchAtTheirPlace() {
        json("{\"schema\": \"charte-ia/1\",\n \"service\": {\"name\": \"X\",}}").is(Reason.JSON_TRAILING_COMMA, 2, 25,
                "Dans le fichier q.json, une virgule suit le dernier élément d'un bloc ou d'une liste (ligne 2, colonne 25) : "
                        + "en JSON, supprimez cette virgule.");
        json("{\"schema\": \"charte-ia/1\"\n \"service\": {}}").is(Reason.JSON_MISSING_COMMA, 1, 25,
                "Dans le fichier q.json, il manque une virgule (ligne 1, colonne 25) : en JSON, deux éléments d'un bloc ou "
                        + "d'une liste sont séparés par « , ». Ajoutez-la à cet endroit, après l'élément qui précède.");
        json("{'schema': 'charte-ia/1'}").is(Reason.JSON_UNQUOTED_KEY, 1, 2, "Dans le fichier q.json, une clé n'est pas "
                + "entre guillemets doubles (ligne 1, colonne 2) : en JSON, écrivez \"clé\": valeur, avec des guillemets "
                + "droits doubles (pas d'apostrophes).");
        json("{\"schema\": \"charte-ia/1\", \"tools\": [{\"id\": \"a\", \"contract\": oui}]}").is(Reason.JSON_UNQUOTED_VALUE,
                1, 61, "Dans le fichier q.json, la valeur « oui » n'est pas entre guillemets doubles (ligne 1, colonne 61) : "
                        + "en JSON, un texte s'écrit \"oui\" et oui / non s'écrivent true / false.");
        json("{\"schema\": \"charte-ia/1\",\n \"service\": {\"name\": \"X\"}\n").is(Reason.JSON_UNCLOSED, 1, 1,
                "Dans le fichier q.json, « { » ouvert ligne 1 (colonne 1) n'est jamais fermé : ajoutez « } » à la fin du bloc.");
        json("{\"schema\": \"charte-ia/1\"} // note\n").is(Reason.JSON_COMMENT, 1, 27, "Dans le fichier q.json, un "
                + "commentaire commence (ligne 1, colonne 27) : le JSON n'en accepte pas. Supprimez-le, ou écrivez le "
                + "questionnaire en YAML (.yaml), où « # » commence un commentaire.");
        json("{\"schema\": \"charte-ia/1\", \"service\": {\"name\": \"X\n\"}}").is(Reason.JSON_CONTROL_IN_TEXT, 1, 49,
                "Dans le fichier q.json, un texte entre guillemets contient un retour à la ligne, une tabulation ou un autre "
                        + "caractère de contrôle (ligne 1, colonne 49) : en JSON, un texte tient sur une ligne ; écrivez \\n "
                        + "pour un retour à la ligne, \\t pour une tabulation, ou retirez ce caractère.");
        // what no diagnosis recognises gets the place and the three things to check
        json("{\"schema\": \"charte-ia/1\", \"roles\": [1,,2]}").is(Reason.JSON_SYNTAX, 1, 39,
                "Le fichier q.json contient une erreur de syntaxe JSON (ligne 1, colonne 39). Vérifiez à cet endroit les "
                        + "virgules (une entre deux éléments, aucune après le dernier), les guillemets doubles autour des clés "
                        + "et des textes, et que chaque « { » et « [ » est fermé.");
    }

    // --- given / then helpers

    private static Refusal yaml(String text) {
        return refusal("q.yaml", QuestionnaireFormat.YAML, text);
    }

    private static Refusal json(String text) {
        return refusal("q.json", QuestionnaireFormat.JSON, text);
    }

    private static Refusal refusal(String name, QuestionnaireFormat format, String text) {
        UnreadableQuestionnaireException e = catchThrowableOfType(UnreadableQuestionnaireException.class,
                () -> new QuestionnaireLoader().load(name, format, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("expected %s to be refused", text).isNotNull();
        return new Refusal(e.failure());
    }

    private record Refusal(LoadFailure failure) {

        String french() {
            return ProblemMessages.describe(failure, Terms.of(Locale.FRENCH));
        }

        String english() {
            return ProblemMessages.describe(failure, Terms.of(Locale.ENGLISH));
        }

        /** Reason, line and column of the real cause, and the whole French message when given. */
        void is(Reason reason, int line, int column, String frenchMessage) {
            assertThat(failure.reason()).as(french()).isEqualTo(reason);
            assertThat(failure.position()).contains(new SourcePosition(line, column));
            if (frenchMessage != null) {
                assertThat(french()).isEqualTo(frenchMessage);
            }
            // the parser's English never reaches the user, in either language
            for (String message : List.of(french(), english())) {
                assertThat(message).doesNotContainIgnoringCase("expected").doesNotContain("found", "token", "scanning",
                        "mapping values", "Unexpected", "{d");
            }
        }
    }

    private static List<Finding> schemaFindings(String yaml, Locale language) {
        try {
            LoadedQuestionnaire loaded = new QuestionnaireLoader().load("q.yaml", QuestionnaireFormat.YAML,
                    yaml.getBytes(StandardCharsets.UTF_8));
            return VALIDATOR.validate(loaded, language).stream().filter(f -> f.code() == RuleCode.Q_SCHEMA).toList();
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
