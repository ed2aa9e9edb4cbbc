package fr.charteia.cli;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.DocumentSet;
import fr.charteia.GenerationRefused;
import fr.charteia.OutputFormat;
import fr.charteia.OutputWriteException;
import fr.charteia.RenderWarning;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import fr.charteia.validation.FileReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Vérifie puis produit, pour chaque questionnaire, la charte et la fiche de bonnes pratiques du service.",
            "Une erreur dans un questionnaire : rien n'est écrit. Les fichiers d'un service sont écrits tous ou aucun ; "
                    + "un fichier protégé en écriture (lecture seule) ou un dossier du même nom n'est pas remplacé."
        })
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "out", paramLabel = "DOSSIER",
            description = "Dossier où écrire les documents. Défaut : ${DEFAULT-VALUE}.")
    Path out;

    // hideParamSyntax: the label already says "comma-separated"; picocli would add [,docx,pdf,md...]...
    @Option(names = "--format", split = ",", defaultValue = "docx,pdf", paramLabel = "docx,pdf,md", hideParamSyntax = true,
            converter = FormatName.class, completionCandidates = FormatName.class,
            description = "Formats à produire, séparés par des virgules : docx (Word), pdf (PDF/A accessible), md "
                    + "(Markdown, pour relire ou adapter les modèles). Défaut : ${DEFAULT-VALUE}.")
    List<OutputFormat> formats;

    @Option(names = "--templates", paramLabel = "DOSSIER",
            description = "Dossier de modèles adaptés (contenant fr/ et/ou en/) ; les fichiers absents sont pris "
                    + "dans les modèles fournis.")
    Path templates;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en", description = "Langue des messages et de cette aide. Défaut : ${DEFAULT-VALUE}.")
    ValidateCommand.Language language;

    // hideParamSyntax: the label is shown as written, with « … » instead of picocli's "..."
    @Parameters(arity = "1..*", paramLabel = "FICHIER…", hideParamSyntax = true, descriptionKey = "files",
            description = "Questionnaires .yaml, .yml ou .json, ou dossiers : tous ceux qu'ils contiennent.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Texts texts = Texts.of(language.locale);
        List<OutputFormat> wanted = formats.stream().distinct().toList();
        List<DocumentKind> documents = List.of(DocumentKind.values());
        Toolkit.Builder builder = Toolkit.builder().prepareRendering();
        if (templates != null) {
            builder.templates(templates);
        }
        try (Toolkit toolkit = builder.build()) {
            List<CheckedQuestionnaire> checked = toolkit.validateAll(QuestionnaireFiles.expandOrRefuse(files, spec, language.locale),
                    language.locale);
            List<FileReport> reports = checked.stream().map(CheckedQuestionnaire::report).toList();
            if (!reports.stream().allMatch(FileReport::valid)) {
                new TextReport(texts).print(reports, stdout);
                stderr.println(texts.get("generate.nothingWritten"));
                return ValidateCommand.exitCode(reports);
            }
            reports.stream().filter(r -> !r.findings().isEmpty()).forEach(r -> new TextReport(texts).print(List.of(r), stdout));
            Targets targets;
            try {
                // file names come from the templates' terms: a template problem can show up here first
                targets = targets(toolkit, checked, documents, wanted, texts);
            } catch (GenerationRefused e) {
                return refused(e, texts, stderr, texts.get("generate.nothingWritten"));
            }
            if (targets.sameName().isPresent()) {
                stderr.println(targets.sameName().get());
                stderr.println(texts.get("generate.nothingWritten"));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
            try {
                // a folder or a protected file at a target name stops the run before anything is made
                toolkit.checkWritable(targets.paths());
            } catch (OutputWriteException e) {
                stderr.println(WriteFailureText.of(e.problem(), e.target(), texts));
                stderr.println(texts.get("generate.nothingWritten"));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
            List<String> written = new ArrayList<>();
            try {
                // Every questionnaire is valid: each department's files are written as soon as they are
                // made, all or none, so that memory stays flat however many departments there are.
                toolkit.renderInOrder(checked, documents, wanted, set -> {
                    write(toolkit, set, texts, stdout);
                    written.add(set.source());
                });
            } catch (GenerationRefused e) {
                return refused(e, texts, stderr, whatWasWritten(checked, written, texts));
            } catch (WriteFailed e) {
                stderr.println(WriteFailureText.of(e.failure.problem(), e.failure.target(), texts));
                stderr.println(texts.get("generate.setNotWritten", checked.get(written.size()).name(), out));
                if (checked.size() > 1) {
                    stderr.println(whatWasWritten(checked, written, texts));
                }
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
        }
        return ExitCodes.OK;
    }

    private static int refused(GenerationRefused e, Texts texts, PrintWriter stderr, String whatWasWritten) {
        stderr.println(texts.get(switch (e.reason()) {
            case TEMPLATE -> "generate.templateProblem";
            case ENVIRONMENT -> "generate.badEnvironment";
            case LAYOUT -> "generate.layoutProblem";
        }, e.detail()));
        stderr.println(whatWasWritten);
        return ExitCodes.UNREADABLE_OR_USAGE;
    }

    /**
     * Every file the run would write, in the output folder; two questionnaires that would write the
     * same file are refused before anything is written.
     */
    private record Targets(List<Path> paths, Optional<String> sameName) {
    }

    private Targets targets(Toolkit toolkit, List<CheckedQuestionnaire> checked, List<DocumentKind> documents,
            List<OutputFormat> wanted, Texts texts) {
        Map<Path, String> producedBy = new LinkedHashMap<>();
        for (CheckedQuestionnaire questionnaire : checked) {
            for (String name : toolkit.fileNames(questionnaire, documents, wanted)) {
                Path target = out.resolve(name);
                String previous = producedBy.putIfAbsent(target, questionnaire.name());
                if (previous != null) {
                    return new Targets(List.of(), Optional.of(texts.get("generate.sameName", previous, questionnaire.name(),
                            target)));
                }
            }
        }
        return new Targets(List.copyOf(producedBy.keySet()), Optional.empty());
    }

    /**
     * After a failure, which departments have their documents: each department is written all or none,
     * and the run stops at the first failure.
     */
    private static String whatWasWritten(List<CheckedQuestionnaire> checked, List<String> written, Texts texts) {
        if (written.isEmpty()) {
            return texts.get("generate.nothingWritten");
        }
        List<String> notWritten = checked.subList(written.size(), checked.size()).stream()
                .map(CheckedQuestionnaire::name).toList();
        return texts.get("generate.stoppedAfter", String.join(", ", written), String.join(", ", notWritten));
    }

    private void write(Toolkit toolkit, DocumentSet set, Texts texts, PrintWriter stdout) {
        set.warnings().forEach(warning -> stdout.println(texts.get("generate.warning", describe(warning, texts))));
        try {
            toolkit.write(set, out).forEach(path -> stdout.println(texts.get("generate.written", path)));
        } catch (OutputWriteException e) {
            throw new WriteFailed(e);
        }
    }

    private String describe(RenderWarning warning, Texts texts) {
        Path target = out.resolve(warning.fileName());
        if (warning instanceof RenderWarning.UndrawableCharacter undrawable) {
            return texts.get("generate.missingGlyph", target, undrawable.glyph().codePointLabel(),
                    undrawable.glyph().character(), undrawable.glyph().place());
        }
        return texts.get("generate.sheetTooLong", target, ((RenderWarning.SheetTooLong) warning).pages());
    }

    /** A department's files could not be written: the run stops there. */
    private static final class WriteFailed extends RuntimeException {
        private final OutputWriteException failure;

        WriteFailed(OutputWriteException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    /** {@code --format} names the formats by their file extensions: docx, pdf, md. */
    static final class FormatName implements ITypeConverter<OutputFormat>, Iterable<String> {

        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.ofExtension(value).orElseThrow(() -> new TypeConversionException(value));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(OutputFormat.values()).map(OutputFormat::extension).iterator();
        }
    }

}
