package fr.charteia.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.Toolkit;
import fr.charteia.validation.FileReport;
import fr.charteia.validation.JsonFinding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Vérifie un ou plusieurs questionnaires : forme du fichier, logo et règles de cohérence "
                + "(protection des données, usages cliniques, gouvernance).")
final class ValidateCommand implements Callable<Integer> {

    enum ReportFormat { text, json }

    enum Language {
        fr(Locale.FRENCH), en(Locale.ENGLISH);

        final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Forme du rapport : text (lisible) ou json (pour un autre programme). Défaut : ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en",
            description = "Langue des messages et de cette aide. Défaut : ${DEFAULT-VALUE}.")
    Language language;

    // hideParamSyntax: the label is shown as written, with « … » instead of picocli's "..."
    @Parameters(arity = "1..*", paramLabel = "FICHIER…", hideParamSyntax = true, descriptionKey = "files",
            description = "Questionnaires .yaml, .yml ou .json, ou dossiers : tous ceux qu'ils contiennent.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        List<FileReport> reports;
        try (Toolkit toolkit = Toolkit.create()) {
            reports = toolkit.validateAll(QuestionnaireFiles.expandOrRefuse(files, spec, language.locale), language.locale)
                    .stream().map(CheckedQuestionnaire::report).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.json) {
            out.println(json(reports));
        } else {
            new TextReport(Texts.of(language.locale)).print(reports, out);
        }
        return exitCode(reports);
    }

    static int exitCode(List<FileReport> reports) {
        if (reports.stream().anyMatch(r -> !r.readable())) {
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        return reports.stream().allMatch(FileReport::valid) ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** The JSON report: one object per file, findings in report order. */
    static String json(List<FileReport> reports) throws JsonProcessingException {
        List<JsonFile> files = reports.stream()
                .map(r -> new JsonFile(r.file(), r.valid(), JsonFinding.of(r)))
                .toList();
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(files);
    }

    record JsonFile(String file, boolean valid, List<JsonFinding> findings) {
    }
}
