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
        subcommands = {ValidateCommand.class, GenerateCommand.class, ExtractCommand.class, InitCommand.class, SchemaCommand.class},
        usageHelpAutoWidth = true,
        resourceBundle = "fr.charteia.cli.Help",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
            "0:succès (des avertissements sont permis)",
            "1:au moins une erreur (ERROR) dans un questionnaire",
            "2:fichier illisible ou ligne de commande incorrecte",
            "3:erreur interne (relancez avec --debug et signalez-la)"
        })
final class CharteIaCommand implements Runnable {

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
