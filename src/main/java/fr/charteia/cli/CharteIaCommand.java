package fr.charteia.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
        name = "charte-ia",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Charte d'usage de l'IA générative et fiche de bonnes pratiques pour un service hospitalier.",
            "Un questionnaire (YAML ou JSON) décrit le service ; l'outil en vérifie la cohérence."
        },
        subcommands = {ValidateCommand.class, GenerateCommand.class, ExtractCommand.class, DiffCommand.class, InitCommand.class,
            SchemaCommand.class, ServeCommand.class, HelpCommand.class,
            // the quality team's tools (issue 11)
            TemplatesCommand.class, BatchCommand.class,
            // the training room (issue 12)
            RoomCommand.class},
        usageHelpAutoWidth = true,
        // headings, exit codes and the words picocli writes itself; inherited by every subcommand
        resourceBundle = "fr.charteia.cli.Help")
final class CharteIaCommand implements Runnable {

    private final Launcher launcher;

    CharteIaCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    /** How the user started this program, to name commands they can type from where they are. */
    Launcher launcher() {
        return launcher;
    }

    static Launcher launcherOf(picocli.CommandLine.Model.CommandSpec spec) {
        return ((CharteIaCommand) spec.root().userObject()).launcher();
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Affiche la trace technique d'une erreur interne.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
