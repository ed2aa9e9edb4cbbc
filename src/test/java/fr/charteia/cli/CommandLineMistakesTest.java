package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A command line that does not parse gets one sentence in the user's language, built from what
 * picocli found (with its suggestions), one line naming the help, exit code 2, and nothing else:
 * no usage dump, no English from picocli.
 */
class CommandLineMistakesTest {

    private static final Launcher JAR = new Launcher("java -jar ../charte-ia/target/charte-ia.jar");

    @Test
    void missingFileNamesTheParameterAndTheHelpToRead() {
        assertMistake(run("validate"),
                "Il manque le paramètre FICHIER… de la commande « charte-ia validate ».",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar validate --help");
    }

    @Test
    void unknownOptionSuggestsTheCloseOne() {
        assertMistake(run("validate", "--formt", "json", "a.yaml"),
                "Option inconnue : « --formt ». Vouliez-vous dire --format ?",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar validate --help");
    }

    @Test
    void unknownOptionWithNothingCloseHasNoSuggestion() {
        assertMistake(run("generate", "-x", "a.yaml"),
                "Option inconnue : « -x ».",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar generate --help");
    }

    @Test
    void invalidReportFormatListsTheAcceptedValues() {
        assertMistake(run("validate", "--format", "xml", "a.yaml"),
                "Valeur incorrecte pour --format : « xml ». Valeurs acceptées : text, json.",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar validate --help");
    }

    @Test
    void invalidDocumentFormatListsTheAcceptedValues() {
        assertMistake(run("generate", "--format", "docx,odt", "a.yaml"),
                "Valeur incorrecte pour --format : « odt ». Valeurs acceptées : docx, pdf, md.",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar generate --help");
    }

    @Test
    void invalidLanguageListsTheAcceptedValues() {
        assertMistake(run("validate", "--lang", "de", "a.yaml"),
                "Valeur incorrecte pour --lang : « de ». Valeurs acceptées : fr, en.",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar validate --help");
    }

    @Test
    void optionWithoutItsValueSaysWhatItExpects() {
        assertMistake(run("validate", "--format"),
                "L'option --format attend une valeur (text|json).",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar validate --help");
    }

    @Test
    void unknownCommandSuggestsTheCloseOne() {
        assertMistake(run("generer"),
                "Commande inconnue : « generer ». Vouliez-vous dire generate ou serve ?",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar --help");
    }

    @Test
    void helpForAnUnknownCommandSuggestsTheCloseOne() {
        assertMistake(run("help", "valider"),
                "Commande inconnue : « valider ». Vouliez-vous dire validate, serve ou generate ?",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar --help");
    }

    @Test
    void argumentTooManyIsNamed() {
        assertMistake(run("init", "a.yaml", "b.yaml"),
                "Argument en trop : « b.yaml » (la commande « charte-ia init » n'en attend pas autant).",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar init --help");
        assertMistake(run("schema", "x"),
                "Argument en trop : « x » (la commande « charte-ia schema » n'en attend pas autant).",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar schema --help");
    }

    @Test
    void optionGivenTwiceIsRefused() {
        assertMistake(run("validate", "--format", "json", "--format", "text", "a.yaml"),
                "L'option --format est donnée plusieurs fois : gardez-en une seule.",
                "Pour l'aide : java -jar ../charte-ia/target/charte-ia.jar validate --help");
    }

    @Test
    void englishIsUsedWhenAskedForEvenIfTheLineDoesNotParse() {
        assertMistake(run("validate", "--lang", "en", "--format", "xml", "a.yaml"),
                "Invalid value for --format: « xml ». Accepted values: text, json.",
                "For help: java -jar ../charte-ia/target/charte-ia.jar validate --help");
        assertMistake(run("validate", "--lang=en", "--formt", "json", "a.yaml"),
                "Unknown option: « --formt ». Did you mean --format?",
                "For help: java -jar ../charte-ia/target/charte-ia.jar validate --help");
        assertMistake(run("generate", "--lang", "en"),
                "The parameter FILE… of the command « charte-ia generate » is missing.",
                "For help: java -jar ../charte-ia/target/charte-ia.jar generate --help");
    }

    @Test
    void withoutAJarTheHintNamesTheProgram() {
        CommandLineRun run = CommandLineRun.of("validate");

        assertThat(run.err()).endsWith("Pour l'aide : charte-ia validate --help\n");
    }

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(JAR, args);
    }

    /** Exit 2, the two lines on the error stream and nothing more, nothing on the output stream. */
    private static void assertMistake(CommandLineRun run, String message, String hint) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + "\n" + hint + "\n");
        assertThat(run.out()).isEmpty();
    }
}
