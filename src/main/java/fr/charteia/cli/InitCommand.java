package fr.charteia.cli;

import fr.charteia.output.AtomicFiles;
import fr.charteia.starter.StarterQuestionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Écrit un questionnaire de départ commenté, en français, avec le contenu type d'un service de soins",
            "(rôles, outils, catégories de données, usages, interdictions) à adapter. N'écrase jamais un fichier existant.",
            "« validate » le refuse (G-PLACEHOLDER) tant qu'une mention « À COMPLÉTER » n'a pas été remplacée."
        },
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:questionnaire écrit", "2:le fichier existe déjà ou ne peut pas être écrit"})
final class InitCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "questionnaire.yaml",
            description = "Fichier à créer. Défaut : ${DEFAULT-VALUE}.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Texts texts = Texts.of(Texts.defaultLanguage());
        try {
            AtomicFiles.create(file, StarterQuestionnaire.render().getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println(texts.get("init.exists", file));
            return ExitCodes.UNREADABLE_OR_USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println(texts.get("init.failed", file, e.getMessage()));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        spec.commandLine().getOut().println(texts.get("init.written", file));
        return ExitCodes.OK;
    }
}
