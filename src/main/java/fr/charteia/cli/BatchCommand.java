package fr.charteia.cli;

import fr.charteia.GenerationRefused;
import fr.charteia.OutputFormat;
import fr.charteia.OutputWriteException;
import fr.charteia.RenderWarning;
import fr.charteia.Toolkit;
import fr.charteia.batch.BatchFiles;
import fr.charteia.batch.BatchReport;
import fr.charteia.batch.BatchRun;
import fr.charteia.batch.FileOutcome;
import fr.charteia.batch.OverviewWorkbook;
import fr.charteia.batch.RunInfo;
import fr.charteia.output.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Vérifie et produit en parallèle les documents de tous les questionnaires d'un dossier et de ses sous-dossiers "
                    + "(socle d'établissement d'abord), puis écrit rapport.json et le classeur synthese.xlsx.",
            "Un fichier en erreur n'arrête pas les autres : chaque service valide reçoit ses documents, dans un sous-dossier "
                    + "qui reprend son chemin ; les autres sont signalés, et la commande se termine alors par le code 1."
        })
final class BatchCommand implements Callable<Integer> {

    static final String REPORT = "rapport.json";
    static final String WORKBOOK = "synthese.xlsx";

    @Option(names = "--out", defaultValue = "out", paramLabel = "DOSSIER",
            description = "Dossier où écrire les documents, rapport.json et synthese.xlsx. Défaut : ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Nombre de questionnaires traités en même temps. Défaut : un par processeur.")
    Integer jobs;

    @Option(names = "--format", split = ",", defaultValue = "docx,pdf", paramLabel = "docx,pdf,md", hideParamSyntax = true,
            converter = GenerateCommand.FormatName.class, completionCandidates = GenerateCommand.FormatName.class,
            description = "Formats à produire, séparés par des virgules : docx (Word), pdf (PDF/A accessible), md "
                    + "(Markdown). Défaut : ${DEFAULT-VALUE}.")
    List<OutputFormat> formats;

    @Option(names = "--templates", paramLabel = "DOSSIER",
            description = "Dossier de modèles adaptés (contenant fr/ et/ou en/) ; les fichiers absents sont pris "
                    + "dans les modèles fournis.")
    Path templates;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en", description = "Langue des messages et de cette aide. Défaut : ${DEFAULT-VALUE}.")
    ValidateCommand.Language language;

    @Parameters(index = "0", paramLabel = "DOSSIER", descriptionKey = "folder",
            description = "Dossier des questionnaires .yaml, .yml ou .json, lus dans tous ses sous-dossiers.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Texts texts = Texts.of(language.locale);
        int jobCount = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (jobCount < 1) {
            throw new UsageMistake(spec.commandLine(), texts.get("batch.badJobs", jobCount));
        }
        if (!Files.isDirectory(folder)) {
            throw new UsageMistake(spec.commandLine(), texts.get("batch.noFolder", folder));
        }
        if (!outputReady(texts, stderr)) {
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        List<Path> files;
        try {
            files = BatchFiles.find(folder, out);
        } catch (BatchFiles.FolderNotListed e) {
            throw new UsageMistake(spec.commandLine(), texts.get("usage.folderNoAccess", e.folder()));
        }
        if (files.isEmpty()) {
            throw new UsageMistake(spec.commandLine(), texts.get("usage.emptyFolder", folder));
        }
        List<OutputFormat> wanted = formats.stream().distinct().toList();
        Toolkit.Builder builder = Toolkit.builder().threads(jobCount).prepareRendering();
        if (templates != null) {
            builder.templates(templates);
        }
        List<FileOutcome> outcomes;
        BatchProgress progress = BatchProgress.choose(System.console() != null, System.getenv("TERM"), stdout,
                texts);
        try (Toolkit toolkit = builder.build()) {
            stdout.println(texts.get("batch.start", files.size(), folder, jobCount));
            stdout.flush();
            BatchRun run = new BatchRun(toolkit, new BatchRun.Settings(folder, out, wanted, language.locale, jobCount),
                    new Wording(texts));
            outcomes = run.run(files, progress);
        } finally {
            progress.finish();
        }
        RunInfo info = new RunInfo(LocalDate.now(), folder.toString(), out.toString(),
                wanted.stream().map(OutputFormat::extension).toList(), language.name());
        BatchSummary.print(outcomes, texts, stdout);
        if (!written(out.resolve(REPORT), BatchReport.json(info, outcomes), texts, stdout, stderr)
                || !written(out.resolve(WORKBOOK), OverviewWorkbook.of(info, outcomes), texts, stdout, stderr)) {
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        return BatchSummary.anyFailed(outcomes) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The output folder exists, or is made, and can be written to: otherwise nothing is worth starting. */
    private boolean outputReady(Texts texts, PrintWriter stderr) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            stderr.println(WriteFailureText.of(e, out, texts));
            stderr.println(texts.get("batch.nothingDone"));
            return false;
        }
        if (!Files.isWritable(out)) {
            stderr.println(texts.get("batch.outReadOnly", out));
            stderr.println(texts.get("batch.nothingDone"));
            return false;
        }
        return true;
    }

    private static boolean written(Path target, byte[] bytes, Texts texts, PrintWriter stdout, PrintWriter stderr) {
        try {
            AtomicFiles.write(target, bytes);
            stdout.println(texts.get("generate.written", target));
            return true;
        } catch (IOException e) {
            stderr.println(WriteFailureText.of(e, target, texts));
            return false;
        }
    }

    /** The failures of one department, in the words of generate. */
    private static final class Wording implements BatchRun.Wording {
        private final Texts texts;

        Wording(Texts texts) {
            this.texts = texts;
        }

        @Override
        public String refused(GenerationRefused refusal) {
            return texts.get(switch (refusal.reason()) {
                case TEMPLATE -> "generate.templateProblem";
                case ENVIRONMENT -> "generate.badEnvironment";
                case LAYOUT -> "generate.layoutProblem";
            }, refusal.detail());
        }

        @Override
        public String notGenerable(String file) {
            return texts.get("batch.notGenerable", file);
        }

        @Override
        public String writeFailed(OutputWriteException failure, Path folder) {
            return WriteFailureText.of(failure.problem(), failure.target(), texts) + " "
                    + texts.get("batch.setNotWritten", folder);
        }

        @Override
        public String warning(RenderWarning warning, Path target) {
            if (warning instanceof RenderWarning.UndrawableCharacter undrawable) {
                return texts.get("generate.missingGlyph", target, undrawable.glyph().codePointLabel(),
                        undrawable.glyph().character(), undrawable.glyph().place());
            }
            return texts.get("generate.sheetTooLong", target, ((RenderWarning.SheetTooLong) warning).pages());
        }

        @Override
        public String internal(RuntimeException fault) {
            return texts.get("internal.error", fault.getClass().getSimpleName() + ": " + fault.getMessage());
        }
    }
}
