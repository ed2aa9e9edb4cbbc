package fr.charteia.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.charteia.load.LoadFailure.Reason;
import fr.charteia.validation.Finding;
import fr.charteia.validation.ProblemMessages;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.Terms;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What the JSON and YAML parsers complain about in English (JsonReadFeature, StreamReadConstraints,
 * NaN, complex keys, trailing content, UTF-16) reaches the user in French, with the place and the fix.
 */
class ParserMessagesTest {

    private static final QuestionnaireValidator VALIDATOR = new QuestionnaireValidator();

    private static final String START = "{\"schema\": \"charte-ia/1\", \"a\": ";

    @AfterAll
    static void closeValidator() {
        VALIDATOR.close();
    }

    @Test
    void trailingContentAfterTheJsonObjectIsWordedForJson() {
        String message = "Dans le fichier q.json, du texte suit l'accolade « } » qui ferme le questionnaire (ligne %s) : "
                + "un fichier JSON contient un seul bloc { … }. Supprimez ce qui suit (accolade en trop, deuxième bloc, "
                + "séparateur « --- »), ou déplacez dans le bloc ce qui devait en faire partie.";
        json("{\"schema\": \"charte-ia/1\"}\n---\n{}").is(Reason.JSON_TRAILING_CONTENT, 2, 2,
                message.formatted("2, colonne 2"));
        json("{\"schema\": \"charte-ia/1\"} {\"service\": {}}").is(Reason.JSON_TRAILING_CONTENT, 1, 27,
                message.formatted("1, colonne 27"));
        json("{\"schema\": \"charte-ia/1\"}}").is(Reason.JSON_TRAILING_CONTENT, 1, 26, null);
        json("{\"schema\": \"charte-ia/1\"} x").is(Reason.JSON_TRAILING_CONTENT, 1, 27, null);
    }

    @Test
    void jsonReadFeatureComplaintsSayWhatJsonAccepts() {
        json(START + "01}").is(Reason.JSON_LEADING_ZERO, 1, 33, "Dans le fichier q.json, un nombre commence par un zéro "
                + "(ligne 1, colonne 33), ce que JSON n'accepte pas : écrivez 1 et non 01 ; s'il s'agit d'un texte ou "
                + "d'une date, mettez-le entre guillemets doubles, par exemple \"2027-01-04\".");
        json("{\"schema\": 'charte-ia/1'}").is(Reason.JSON_SINGLE_QUOTES, 1, 12, "Dans le fichier q.json, un texte est "
                + "entre apostrophes (ligne 1, colonne 12) : en JSON, les textes et les clés s'écrivent entre guillemets "
                + "doubles, par exemple \"Urgences\".");
        json("{schema: \"charte-ia/1\"}").is(Reason.JSON_UNQUOTED_KEY, 1, 2, null);
        json("{'schema': \"charte-ia/1\"}").is(Reason.JSON_UNQUOTED_KEY, 1, 2, null);
        json("/* note */ {\"schema\": \"charte-ia/1\"}").is(Reason.JSON_COMMENT, 1, 1, null);
        json(START + "+5}").is(Reason.JSON_BAD_NUMBER, 1, 33, "Dans le fichier q.json, un nombre est mal écrit (ligne 1, "
                + "colonne 33) : en JSON, un nombre s'écrit avec des chiffres, sans « + » devant, et avec un chiffre de part "
                + "et d'autre du point (0.5, pas .5 ni 1.). S'il s'agit d'un texte ou d'une date, mettez-le entre "
                + "guillemets doubles.");
        json(START + ".5}").is(Reason.JSON_BAD_NUMBER, 1, 32, null);
        json(START + "1.}").is(Reason.JSON_BAD_NUMBER, 1, 33, null);
        json("{\"schema\" \"charte-ia/1\"}").is(Reason.JSON_MISSING_COLON, 1, 10, "Dans le fichier q.json, il manque « : » "
                + "entre une clé et sa valeur (ligne 1, colonne 10) : en JSON, écrivez \"clé\": valeur.");
        json(START + "\"C:\\Partage\"}").is(Reason.JSON_BAD_ESCAPE, 1, 36, "Dans le fichier q.json, une barre oblique "
                + "inversée « \\ » est suivie d'un caractère que JSON n'accepte pas (ligne 1, colonne 36) : pour écrire "
                + "« \\ » dans un texte, doublez-la, par exemple \"C:\\\\Partage\".");
        json(START + "\"\\u12\"}").is(Reason.JSON_BAD_ESCAPE, 1, 37, null);
        json(START + "\"un\tdeux\"}").is(Reason.JSON_CONTROL_IN_TEXT, 1, 35, "Dans le fichier q.json, un texte entre "
                + "guillemets contient un retour à la ligne, une tabulation ou un autre caractère de contrôle (ligne 1, "
                + "colonne 35) : en JSON, un texte tient sur une ligne ; écrivez \\n pour un retour à la ligne, \\t pour "
                + "une tabulation, ou retirez ce caractère.");
        json(START + "[1}").is(Reason.JSON_MISMATCHED_CLOSE, 1, 34, "Dans le fichier q.json, il faut « ] » (ligne 1, "
                + "colonne 34) : le « [ » ouvert ligne 1 (colonne 32) se ferme par « ] ». Corrigez ce signe, ou ajoutez le "
                + "crochet ou l'accolade qui manque avant.");
    }

    @Test
    void nanAndInfinityAreNotJsonNumbers() {
        for (String token : List.of("NaN", "Infinity", "-Infinity")) {
            json(START + token + "}").is(Reason.JSON_NOT_A_NUMBER, 1, 32 + token.length() + 0, "Dans le fichier q.json, la "
                    + "valeur « " + token + " » (ligne 1, colonne " + (32 + token.length()) + ") n'est pas un nombre "
                    + "accepté en JSON : écrivez un nombre ordinaire, ou un texte entre guillemets doubles.");
        }
    }

    @Test
    void streamReadConstraintsAreExplainedWithTheLimit() {
        json(START + "1".repeat(1200) + "}").is(Reason.NUMBER_TOO_LONG, 1, 32, "Dans le fichier q.json, un nombre "
                + "(ligne 1, colonne 32) est trop long : 1200 caractères, la limite est 1000. Un questionnaire n'a pas besoin "
                + "de tels nombres : vérifiez cette valeur, et s'il s'agit d'un texte, mettez-le entre guillemets.");
        json("{\"schema\": \"charte-ia/1\", \"" + "k".repeat(60_000) + "\": 1}").is(Reason.KEY_TOO_LONG, 1, 28, "Dans le fichier q.json, une clé (ligne 1, colonne 28) est trop longue : 60000 "
                + "caractères, la limite est 50000. Les clés du format sont des mots courts (name, tools, roles…) : vérifiez "
                + "l'indentation et les deux-points.");
        json("[".repeat(40)).is(Reason.NOT_A_MAPPING, 1, 1, null);
        json("{\"a\":".repeat(40)).is(Reason.TOO_DEEP, 1, 161, "Le fichier q.json est imbriqué sur plus de 32 niveaux "
                + "(ligne 1, colonne 161) : un questionnaire n'en a besoin que de cinq. Vérifiez l'indentation et les crochets.");
    }

    @Test
    void yamlComplexKeysSayAKeyIsAPlainWord() {
        String message = "Dans le fichier q.yaml, une clé (ligne %d, colonne %d) est écrite comme une liste ou un bloc (« ? », "
                + "« [ … ]: » ou « { … }: ») : une clé du questionnaire est un simple mot suivi de « : », par exemple "
                + "« name: ». Écrivez la clé seule, et si c'est un texte qui commence par « [ », « { » ou « ? », mettez-le "
                + "entre guillemets.";
        yaml("schema: charte-ia/1\n? [a, b]\n: c\n").is(Reason.YAML_COMPLEX_KEY, 2, 4, message.formatted(2, 4));
        yaml("schema: charte-ia/1\n{a: 1}: x\n").is(Reason.YAML_COMPLEX_KEY, 2, 2, message.formatted(2, 2));
        yaml("schema: charte-ia/1\nservice:\n  [a]: x\n").is(Reason.YAML_COMPLEX_KEY, 3, 4, null);
    }

    @Test
    void aUtf16FileIsCalledUtf16WithOrWithoutItsByteOrderMark() {
        String message = "Le fichier q.yaml est encodé en UTF-16 (« Unicode » dans le Bloc-notes ou PowerShell), pas en "
                + "UTF-8 : ouvrez-le dans votre éditeur et enregistrez-le en UTF-8.";
        for (String charset : List.of("UTF-16", "UTF-16LE", "UTF-16BE")) {
            Refusal refusal = refusal("q.yaml", "schema: charte-ia/1\nservice:\n  name: Pédiatrie\n".getBytes(Charset.forName(charset)));
            assertThat(refusal.failure().reason()).as(charset).isEqualTo(Reason.UTF16);
            assertThat(refusal.french()).isEqualTo(message);
        }
        assertThat(refusal("q.json", "{\"schema\": \"charte-ia/1\"}".getBytes(StandardCharsets.UTF_16LE)).failure().reason())
                .isEqualTo(Reason.UTF16);
        // Latin-1 stays Latin-1
        assertThat(refusal("q.yaml", "schema: charte-ia/1\nservice: Pédiatrie\n".getBytes(StandardCharsets.ISO_8859_1))
                .failure().reason()).isEqualTo(Reason.NOT_UTF8);
    }

    /** Every malformed input of the corpus, and more: whatever the reason, no word of the parsers reaches the user. */
    @Test
    void noParserEnglishNorJavaNameInAnyMessage() {
        List<String[]> inputs = new ArrayList<>(List.of(
                new String[] {"q.json", START + "01}"}, new String[] {"q.json", "{\"schema\": 'charte-ia/1'}"},
                new String[] {"q.json", "{schema: \"charte-ia/1\"}"}, new String[] {"q.json", START + "1} // c"},
                new String[] {"q.json", START + "NaN}"}, new String[] {"q.json", START + "-Infinity}"},
                new String[] {"q.json", START + "1".repeat(1500) + "}"}, new String[] {"q.json", START + "1e999999}"},
                new String[] {"q.json", "{\"schema\": \"charte-ia/1\"}\n---\n{}"}, new String[] {"q.json", START + "\"\\q\"}"},
                new String[] {"q.json", START + "\"\u0001\"}"}, new String[] {"q.json", START + "0x10}"},
                new String[] {"q.json", START + "[1,,2]}"}, new String[] {"q.json", "{\"schema\": \"charte-ia/1\",, \"a\": 1}"},
                new String[] {"q.json", START + "[1}"}, new String[] {"q.json", START + "tru}"},
                new String[] {"q.json", "\"texte\""}, new String[] {"q.json", "[1, 2]"}, new String[] {"q.json", "{"},
                new String[] {"q.json", "{\"schema\": \"charte-ia/1\", \"document\": {\"effective_date\": 1e400}}"},
                new String[] {"q.json", "{\"schema\": \"charte-ia/1\", \"tools\": {\"id\": 1}}"},
                new String[] {"q.json", "{\"schema\": \"charte-ia/1\", \"a\": \"" + "x".repeat(100) + "\\ud800\"}"},
                new String[] {"q.yaml", "schema: charte-ia/1\n? [a, b]\n: c\n"}, new String[] {"q.yaml", "schema: charte-ia/1\n{a: 1}: x\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\nservice: !!binary aGVsbG8=\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\nservice: !!java.io.File x\n"},
                new String[] {"q.yaml", "%YAML 1.1\n%YAML 1.1\n---\nschema: charte-ia/1\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\nservice: >-x\n"}, new String[] {"q.yaml", "schema: charte-ia/1\nservice: [a]]\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\nservice: .nan\n"}, new String[] {"q.yaml", "schema: charte-ia/1\n- a\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\nservice: \"\u0001\"\n"}, new String[] {"q.yaml", "schema: charte-ia/1\nx: ...\n...\ny: 1\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\ndocument:\n  effective_date: -2027-02-01\n  review_date: 20270201\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\ndocument:\n  effective_date: 999999999-02-01\n  review_date: +999999999-12-31\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\ntools:\n  - {id: a, contract: 2, ce_marked: \"true\", record: [1], patient_notice: {a: 1}}\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\ntools: [{id: a, trains_on_inputs: 2, dpia: 1.5, hosting: [eu]}]\n"},
                new String[] {"q.yaml", "schema: charte-ia/1\nroles: {a: 1}\nuses: 3\nforbidden: true\n"}));
        List<byte[]> raw = new ArrayList<>();
        inputs.forEach(input -> raw.add(input[1].getBytes(StandardCharsets.UTF_8)));
        raw.add("schema: charte-ia/1\n".getBytes(StandardCharsets.UTF_16LE));
        raw.add("schema: charte-ia/1\n".getBytes(StandardCharsets.UTF_16));
        raw.add(new byte[] {'s', ':', ' ', (byte) 0xC3, '\n'});

        List<String> french = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = i < inputs.size() ? inputs.get(i)[0] : "q.yaml";
            french.addAll(messagesFor(name, raw.get(i), Locale.FRENCH));
            english.addAll(messagesFor(name, raw.get(i), Locale.ENGLISH));
        }

        assertThat(french).hasSizeGreaterThan(raw.size()).hasSameSizeAs(english);
        for (String message : french) {
            assertThat(message).doesNotContain("Cannot", "Unexpected", "expected", "exceeds", "token", "found", "allowed",
                    "Non-standard", "Illegal", "Unrecognized", "was expecting", "Malformed", "while ", "character");
        }
        for (String message : french.isEmpty() ? english : concat(french, english)) {
            assertThat(message).doesNotContain("java.", "com.fasterxml", "org.yaml", "snakeyaml", "Exception",
                            "JsonReadFeature", "StreamReadConstraints", "Event", "{d", "{value}", "{expected}")
                    .doesNotContainPattern("\\[Source|line: \\d");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static List<String> messagesFor(String name, byte[] bytes, Locale language) {
        try {
            LoadedQuestionnaire loaded = new QuestionnaireLoader().load(name, bytes);
            return VALIDATOR.validate(loaded, language).stream().map(Finding::message).toList();
        } catch (UnreadableQuestionnaireException e) {
            return List.of(ProblemMessages.describe(e.failure(), Terms.of(language)));
        }
    }

    // --- given / then helpers

    private static Refusal json(String text) {
        return refusal("q.json", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Refusal yaml(String text) {
        return refusal("q.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Refusal refusal(String name, byte[] bytes) {
        UnreadableQuestionnaireException e = catchThrowableOfType(UnreadableQuestionnaireException.class,
                () -> new QuestionnaireLoader().load(name, bytes));
        assertThat(e).as("expected %s to be refused", new String(bytes, StandardCharsets.UTF_8)).isNotNull();
        return new Refusal(e.failure());
    }

    private record Refusal(LoadFailure failure) {

        String french() {
            return ProblemMessages.describe(failure, Terms.of(Locale.FRENCH));
        }

        void is(Reason reason, int line, int column, String frenchMessage) {
            assertThat(failure.reason()).as(french()).isEqualTo(reason);
            assertThat(failure.position()).as(french()).contains(new SourcePosition(line, column));
            if (frenchMessage != null) {
                assertThat(french()).isEqualTo(frenchMessage);
            }
        }
    }
}
