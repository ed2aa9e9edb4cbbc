package fr.charteia.cli;

import fr.charteia.compose.TemplateException;
import fr.charteia.templatecheck.TemplateCheck;
import fr.charteia.templatecheck.TemplateProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charte-ia templates}: tools for the quality team that adapts the document templates. */
@Command(name = "templates", mixinStandardHelpOptions = true, subcommands = TemplatesCommand.Check.class)
final class TemplatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code charte-ia templates check [--templates DOSSIER]}. */
    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {

        @Option(names = "--templates", paramLabel = "DOSSIER",
                description = "Dossier de modèles adaptés (fr/, en/) ; ce qu'il n'a pas vient des modèles livrés. "
                        + "Sans cette option, les modèles livrés sont vérifiés.")
        Path templates;

        @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en",
                description = "Langue des messages et de cette aide. Défaut : ${DEFAULT-VALUE}.")
        ValidateCommand.Language language;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Texts texts = Texts.of(language.locale);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<TemplateProblem> problems;
            try {
                problems = new TemplateCheck(Optional.ofNullable(templates)).run();
            } catch (TemplateException e) {
                err.println(texts.get("templates.unusableFolder", e.getMessage()));
                err.flush();
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
            for (Map.Entry<String, List<TemplateProblem>> file : TemplateCheck.byFile(problems).entrySet()) {
                out.println(file.getKey());
                file.getValue().forEach(problem -> out.println("  " + problem.format()));
            }
            out.println(problems.isEmpty() ? texts.get("templates.clean")
                    : texts.get("templates.summary", texts.count("templates.problems", problems.size()),
                            texts.count("templates.files", TemplateCheck.byFile(problems).size())));
            out.flush();
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }
}
