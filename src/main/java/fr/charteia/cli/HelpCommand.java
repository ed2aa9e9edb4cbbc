package fr.charteia.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charte-ia help [COMMANDE]}: picocli's help-command contract ({@code helpCommand = true}),
 * written here because picocli's own {@code HelpCommand} labels its parameter {@code COMMAND}.
 */
@Command(name = "help", helpCommand = true,
        description = "Affiche l'aide d'une commande, ou sans COMMANDE la liste des commandes.")
final class HelpCommand implements IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMANDE", arity = "0..1", descriptionKey = "command", description = "La commande dont afficher l'aide.")
    String command;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help", description = "Affiche cette aide et quitte.")
    boolean help;

    private CommandLine self;
    private ColorScheme colorScheme;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colorScheme = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (command == null) {
            parent.usage(out, colorScheme);
            return;
        }
        CommandLine subcommand = parent.getSubcommands().get(command);
        if (subcommand == null) {
            // reported like a mistyped command at the top, with picocli's suggestions
            throw new CommandLine.UnmatchedArgumentException(parent, List.of(command));
        }
        subcommand.usage(out, colorScheme);
    }
}
