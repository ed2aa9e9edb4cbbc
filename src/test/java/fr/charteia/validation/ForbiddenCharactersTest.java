package fr.charteia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.load.LoadFailure;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.QuestionnaireFormat;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.SchemaProblem;
import fr.charteia.load.SourcePosition;
import fr.charteia.load.UnreadableQuestionnaireException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Characters the documents cannot carry (control characters, a lone half of a surrogate pair,
 * U+FEFF inside a text, Unicode noncharacters) are refused at load with a Q-SCHEMA finding that
 * names the field, the character and what to do, whether written as is or as a YAML or JSON
 * escape, in a value or in a key. The file's own leading byte order mark stays accepted.
 */
class ForbiddenCharactersTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");
    private static final String TOOL_NAME = "    name: Assistant IA de l'établissement (modèle de langage hébergé par la DSN, intégré au DPI)\n";

    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    @Test
    void aByteOrderMarkInsideAToolNameIsRefusedNamingTheFieldAndTheCharacter() throws Exception {
        LoadedQuestionnaire loaded = yamlWithToolName("Assistant\uFEFF DPI");

        assertThat(loaded.problems()).hasSize(1);
        SchemaProblem problem = loaded.problems().get(0);
        assertThat(problem.path()).isEqualTo("tools[2].name");
        assertThat(problem.position()).contains(new SourcePosition(87, 11));
        assertThat(message(problem, Locale.FRENCH)).isEqualTo("Ce texte contient le caractère U+FEFF (marque d'ordre des "
                + "octets, invisible) en position 10, que les documents ne peuvent pas contenir : supprimez-le ou retapez "
                + "le texte (un tel caractère vient souvent d'un copier-coller, ou d'un code « \\u » écrit entre guillemets).");
        assertThat(message(problem, Locale.ENGLISH)).isEqualTo("This text holds the character U+FEFF (byte order mark, "
                + "invisible) at position 10, which the documents cannot hold: delete it or type the text again (such a "
                + "character often comes from a copy and paste, or from a \"\\u\" code written between quotes).");
        List<Finding> findings = RuleTestSupport.sharedValidator().validate(loaded, Locale.FRENCH);
        assertThat(findings).filteredOn(Finding::isError).extracting(Finding::path).containsExactly("tools[2].name");
    }

    @Test
    void escapesAreCheckedAfterDecodingInYamlAndJson() throws Exception {
        assertRefused(yamlWithToolName("\\0 nul"), "U+0000", "CONTROL", "1");
        assertRefused(yamlWithToolName("Assistant\\e[2J"), "U+001B", "CONTROL", "10");
        assertRefused(yamlWithToolName("retour\\rchariot"), "U+000D", "CONTROL", "7");
        assertRefused(yamlWithToolName("C1 \\x9B"), "U+009B", "CONTROL", "4");
        assertRefused(yamlWithToolName("suppr \\x7F"), "U+007F", "CONTROL", "7");
        assertRefused(json("moitié \\uD800 seule"), "U+D800", "LONE_SURROGATE", "8");
        assertRefused(json("\\uDC00"), "U+DC00", "LONE_SURROGATE", "1");
        assertRefused(json("non \\uFFFF"), "U+FFFF", "NONCHARACTER", "5");
        assertRefused(json("😀\\uFDD0"), "U+FDD0", "NONCHARACTER", "2");
        assertRefused(json("plan 1 \\uD83F\\uDFFE"), "U+1FFFE", "NONCHARACTER", "8");
    }

    @Test
    void charactersWrittenAsIsInYamlThatTheReaderAcceptsAreCheckedToo() throws Exception {
        assertRefused(yamlWithToolName("non-caractère \uFDD0 ici"), "U+FDD0", "NONCHARACTER", "15");
        assertRefused(yamlWithToolName("plan 2 \uD87F\uDFFF"), "U+2FFFF", "NONCHARACTER", "8");
    }

    @Test
    void aKeyWithAControlCharacterIsOneFindingNamingTheCharacterNotAlsoAnUnknownKey() throws Exception {
        String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        LoadedQuestionnaire loaded = loader.load("q.yaml", QuestionnaireFormat.YAML,
                sample.replace("locale: fr\n", "locale: fr\n\"lo\\x1Bcale\": en\n").getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("lo\u001Bcale");
            assertThat(message(problem, Locale.FRENCH)).isEqualTo("Cette clé contient le caractère U+001B (caractère "
                    + "de contrôle, invisible) en position 3 : une clé ne s'écrit qu'en lettres minuscules sans accent "
                    + "et tirets bas. Retapez-la.");
        });
    }

    @Test
    void tabsLineBreaksLegalUnusualCharactersAndALeadingByteOrderMarkAreAccepted() throws Exception {
        assertThat(yamlWithToolName("Tab\\tet\\nligne 😀 e\u0301 a\u00A0b\u202Fc \u200B \u2028 \u202E").problems()).isEmpty();
        byte[] withBom = ("\uFEFF" + Files.readString(SAMPLE, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertThat(loader.load("q.yaml", QuestionnaireFormat.YAML, withBom).problems()).isEmpty();
    }

    @Test
    void aControlCharacterWrittenAsIsMakesTheFileUnreadableWithItsLineAndColumn() throws Exception {
        String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        byte[] yaml = sample.replace("Centre hospitalier", "Centre\u001B]52;c;SGVsbG8=\u0007 hospitalier")
                .getBytes(StandardCharsets.UTF_8);
        byte[] json = "{\"schema\": \"charte-ia/1\",\n  \"organisation\": {\"name\": \"A\u001B[2J\"}}".getBytes(StandardCharsets.UTF_8);

        assertThat(unreadable("q.yaml", QuestionnaireFormat.YAML, yaml, Locale.FRENCH)).isEqualTo("Le fichier q.yaml contient "
                + "le caractère U+001B (ligne 8, colonne 15), un caractère de contrôle ou invalide qu'un questionnaire ne "
                + "peut pas contenir : supprimez-le (il vient souvent d'un copier-coller, ou d'un fichier qui n'est pas du texte).");
        assertThat(unreadable("q.json", QuestionnaireFormat.JSON, json, Locale.ENGLISH)).isEqualTo("The file q.json holds the "
                + "character U+001B (line 2, column 30), a control or invalid character that a questionnaire cannot hold: "
                + "delete it (it often comes from a copy and paste, or from a file that is not text).");
    }

    private void assertRefused(LoadedQuestionnaire loaded, String character, String trouble, String position) {
        assertThat(loaded.problems()).as(character).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(SchemaProblem.Kind.FORBIDDEN_CHARACTER);
            assertThat(problem.path()).isIn("tools[2].name", "organisation.name");
            assertThat(problem.value()).isEqualTo(character);
            assertThat(problem.choices()).containsExactly(trouble, position);
            assertThat(message(problem, Locale.FRENCH)).contains("le caractère " + character + " (", "en position " + position);
        });
    }

    /** The sample with the third tool's name written in double quotes, where YAML reads escapes. */
    private LoadedQuestionnaire yamlWithToolName(String name) throws IOException, UnreadableQuestionnaireException {
        String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        assertThat(sample).contains(TOOL_NAME);
        String yaml = sample.replace(TOOL_NAME, "    name: \"" + name + "\"\n");
        return loader.load("q.yaml", QuestionnaireFormat.YAML, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON questionnaire whose organisation name holds {@code name} as written (JSON escapes). */
    private LoadedQuestionnaire json(String name) throws UnreadableQuestionnaireException {
        String json = "{\"schema\": \"charte-ia/1\", \"organisation\": {\"name\": \"" + name + "\"}}";
        LoadedQuestionnaire loaded = loader.load("q.json", QuestionnaireFormat.JSON, json.getBytes(StandardCharsets.UTF_8));
        return new LoadedQuestionnaire(loaded.file(), loaded.questionnaire(), loaded.problems().stream()
                .filter(p -> p.kind() == SchemaProblem.Kind.FORBIDDEN_CHARACTER).toList(), loaded.sourceMap(), loaded.source());
    }

    private static String message(SchemaProblem problem, Locale language) {
        return ProblemMessages.describe(problem, Terms.of(language)).message();
    }

    private String unreadable(String name, QuestionnaireFormat format, byte[] bytes, Locale language) {
        Optional<LoadFailure> failure = Optional.empty();
        try {
            loader.load(name, format, bytes);
        } catch (UnreadableQuestionnaireException e) {
            failure = Optional.of(e.failure());
        }
        assertThat(failure).isPresent();
        assertThat(failure.get().reason()).isEqualTo(LoadFailure.Reason.FORBIDDEN_CHARACTER);
        return ProblemMessages.describe(failure.get(), Terms.of(language));
    }
}
