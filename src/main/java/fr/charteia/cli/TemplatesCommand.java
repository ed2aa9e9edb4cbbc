package fr.charteia.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
                description = "Forme du rapport : text (lisible) ou json (pour un autre programme). Défaut : ${DEFAULT-VALUE}.")
        ValidateCommand.ReportFormat format;

        @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en",
                description = "Langue des messages et de cette aide. Défaut : ${DEFAULT-VALUE}.")
        ValidateCommand.Language language;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws JsonProcessingException {
            Texts texts = Texts.of(language.locale);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<TemplateProblem> problems;
            try {
                problems = new TemplateCheck(Optional.ofNullable(templates), language.locale).run();
            } catch (TemplateException e) {
                err.println(texts.get("templates.unusableFolder", e.getMessage()));
                err.flush();
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
            if (format == ValidateCommand.ReportFormat.json) {
                out.println(json(problems));
                out.flush();
                return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
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

        /** The JSON report: every problem in order, then how many problems in how many files. */
        static String json(List<TemplateProblem> problems) throws JsonProcessingException {
            List<JsonProblem> list = problems.stream()
                    .map(p -> new JsonProblem(p.file(), p.line(), p.kind().code(), p.message())).toList();
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(
                    new JsonReport(problems.isEmpty(), list, new JsonSummary(problems.size(), TemplateCheck.byFile(problems).size())));
        }

        /** {@code line} is 0 when the problem is the file's as a whole. */
        record JsonProblem(String file, int line, String kind, String message) {
        }

        record JsonSummary(int problems, int files) {
        }

        record JsonReport(boolean clean, List<JsonProblem> problems, JsonSummary summary) {
        }
    }
}
