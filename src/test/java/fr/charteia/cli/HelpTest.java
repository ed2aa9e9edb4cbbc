package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The usage help is French from the first word to the last, picocli's own words included. */
class HelpTest {

    private static final List<String> COMMANDS = List.of("validate", "generate", "extract", "diff", "init", "schema", "serve",
            "help",
            // the quality team's tools (issue 11)
            "templates", "batch",
            // the training room (issue 12)
            "room");

    /** picocli's English defaults, and the labels this toolkit used to show. */
    private static final List<String> ENGLISH = List.of("Usage:", "Commands:", "Options:", "Parameters:", "Exit Codes:",
            "[COMMAND]", "COMMAND ", "FILE", " DIR", "...", "Show this help", "Print version", "Display help", "Default:");

    @Test
    void commandListNamesEveryCommandWithOneSentenceEach() {
        CommandLineRun run = CommandLineRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Utilisation : charte-ia [-hV] [--debug] [COMMANDE]\n");
        String list = run.out().substring(run.out().indexOf("Commandes :\n"), run.out().indexOf("Codes de sortie :"));
        Matcher entry = Pattern.compile("\n  (\\w+) +((?:[^\n]|\n {14})+)").matcher(list);
        List<String> names = new java.util.ArrayList<>();
        while (entry.find()) {
            names.add(entry.group(1));
            String summary = entry.group(2).replaceAll("\n +", " ");
            assertThat(summary).as(entry.group(1)).matches("\\p{Lu}.*\\.");
        }
        assertThat(names).isEqualTo(COMMANDS);
        assertThat(list).contains("  help       Affiche l'aide d'une commande, ou la liste des commandes.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "generate", "extract", "diff", "init", "schema", "help"})
    void helpCommandGivesTheSameHelpAsTheHelpOption(String command) {
        CommandLineRun viaCommand = CommandLineRun.of("help", command);
        CommandLineRun viaOption = CommandLineRun.of(command, "--help");

        assertThat(viaCommand.exitCode()).isZero();
        assertThat(viaCommand.out()).isEqualTo(viaOption.out()).contains("Utilisation : charte-ia " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "generate", "extract", "diff", "init", "schema", "help"})
    void aCommandsHelpStartsWithItsSynopsisNotItsSummaryAgain(String command) {
        String list = CommandLineRun.of("--help").out();
        Matcher entry = Pattern.compile("\n  " + command + " +([^\n]+)").matcher(list);
        assertThat(entry.find()).as(list).isTrue();

        String help = CommandLineRun.of(command, "--help").out();

        assertThat(help).startsWith("Utilisation : charte-ia " + command).doesNotContain(entry.group(1).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "validate --help", "generate --help", "extract --help", "diff --help", "init --help",
        "schema --help", "help --help", "help validate"})
    void withLangEnTheHelpIsEnglishLabelsIncluded(String args) {
        String help = CommandLineRun.of((args + " --lang en").split(" ")).out();

        assertThat(help).startsWith("Usage: charte-ia").contains("Options:", "Exit codes:")
                .doesNotContain("Utilisation", "Paramètres", "Codes de sortie", "FICHIER", "DOSSIER", "COMMANDE",
                        "Affiche", "Vérifie", "Défaut", "Écrit ", "Langue des messages");
    }

    @Test
    void theHelpStaysFrenchOnAMachineSetToEnglish() {
        java.util.Locale machine = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);

            assertThat(CommandLineRun.of("validate", "--help").out())
                    .startsWith("Utilisation : charte-ia validate").contains("FICHIER…", "Codes de sortie :");
        } finally {
            java.util.Locale.setDefault(machine);
        }
    }

    @Test
    void helpWithoutCommandIsTheTopHelp() {
        assertThat(CommandLineRun.of("help").out()).isEqualTo(CommandLineRun.of("--help").out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "validate --help", "generate --help", "init --help", "schema --help", "help --help"})
    void helpHasNoEnglishWordOfPicocli(String args) {
        String help = CommandLineRun.of(args.split(" ")).out();

        assertThat(help).contains("Utilisation : ", "Options :", "Codes de sortie :").doesNotContain(ENGLISH);
    }

    @Test
    void questionnaireParametersShowTheFrenchLabelWithAnEllipsis() {
        assertThat(CommandLineRun.of("validate", "--help").out())
                .contains("Utilisation : charte-ia validate [-hV] [--debug] [--format=text|json]\n"
                        + "                                 [--lang=fr|en] FICHIER…\n",
                        "      FICHIER…             Questionnaires .yaml, .yml ou .json, ou dossiers :\n"
                        + "                             tous ceux qu'ils contiennent.\n");
        // the synopsis wraps at the width of the terminal: read it joined
        assertThat(CommandLineRun.of("generate", "--help").out().replaceAll("\n +", ""))
                .contains("[--out=DOSSIER]", "[--templates=DOSSIER]", "[--format=docx,pdf,md]… FICHIER…");
        assertThat(CommandLineRun.of("init", "--help").out()).contains("Utilisation : charte-ia init [-hV] [--debug] [--etablissement] [FICHIER]");
        assertThat(CommandLineRun.of("help", "--help").out()).contains("Utilisation : charte-ia help [-h] [--debug] [COMMANDE]");
    }
}
