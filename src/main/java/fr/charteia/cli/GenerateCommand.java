package fr.charteia.cli;

import fr.charteia.cli.QuestionnaireCheck.CheckedFile;
import fr.charteia.compose.ComposedDocument;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.compose.LogoException;
import fr.charteia.compose.TemplateException;
import fr.charteia.compose.TemplateSet;
import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentParser;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.MarkupException;
import fr.charteia.document.SourceAttachment;
import fr.charteia.output.AtomicFiles;
import fr.charteia.render.docx.DocxWriter;
import fr.charteia.render.pdf.PdfOutline;
import fr.charteia.render.pdf.PdfResult;
import fr.charteia.render.pdf.PdfWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Vérifie puis produit, pour chaque questionnaire, la charte et la fiche de bonnes pratiques du service.",
            "Une erreur dans un questionnaire : rien n'est écrit. Les fichiers sont écrits en entier ou pas du tout."
        })
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "out", paramLabel = "DOSSIER",
            description = "Dossier où écrire les documents. Défaut : ${DEFAULT-VALUE}.")
    Path out;

    // hideParamSyntax: the label already says "comma-separated"; picocli would add [,docx,pdf,md...]...
    @Option(names = "--format", split = ",", defaultValue = "docx,pdf", paramLabel = "docx,pdf,md", hideParamSyntax = true,
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

    private final PdfWriter pdfWriter = new PdfWriter();
    private final List<String> warnings = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Texts texts = Texts.of(language.locale);
        List<CheckedFile> checked = new ArrayList<>();
        try (QuestionnaireCheck check = new QuestionnaireCheck(language.locale)) {
            QuestionnaireFiles.expandOrRefuse(files, spec, language.locale).forEach(file -> checked.add(check.checkForGeneration(file)));
        }
        List<FileReport> reports = checked.stream().map(CheckedFile::report).toList();
        if (!reports.stream().allMatch(FileReport::valid)) {
            new TextReport(texts).print(reports, stdout);
            stderr.println(texts.get("generate.nothingWritten"));
            return ValidateCommand.exitCode(reports);
        }
        reports.stream().filter(r -> !r.findings().isEmpty()).forEach(r -> new TextReport(texts).print(List.of(r), stdout));
        Map<Path, byte[]> outputs;
        try {
            outputs = render(checked, texts);
        } catch (GenerationRefused e) {
            stderr.println(e.getMessage());
            stderr.println(texts.get("generate.nothingWritten"));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        warnings.forEach(warning -> stdout.println(texts.get("generate.warning", warning)));
        for (Map.Entry<Path, byte[]> output : outputs.entrySet()) {
            try {
                AtomicFiles.write(output.getKey(), output.getValue());
            } catch (IOException e) {
                stderr.println(texts.get("generate.writeFailed", output.getKey(), e.getMessage()));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
            stdout.println(texts.get("generate.written", output.getKey()));
        }
        return ExitCodes.OK;
    }

    /** Every document in memory first: a problem with the last one must not leave the first ones written. */
    private Map<Path, byte[]> render(List<CheckedFile> checked, Texts texts) {
        DocumentComposer composer;
        try {
            composer = new DocumentComposer(templates == null ? TemplateSet.shipped() : TemplateSet.overriddenBy(templates));
        } catch (TemplateException e) {
            throw new GenerationRefused(texts.get("generate.templateProblem", e.getMessage()));
        }
        DocumentParser parser = new DocumentParser();
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        Map<Path, Path> producedBy = new LinkedHashMap<>();
        for (CheckedFile file : checked) {
            Path directory = Optional.ofNullable(file.file().toAbsolutePath().getParent()).orElse(Path.of("."));
            SourceAttachment source = SourceAttachment.of(file.file().toString(), file.source());
            for (DocumentKind kind : DocumentKind.values()) {
                ComposedDocument document;
                try {
                    document = composer.compose(file.questionnaire().orElseThrow(), kind, directory);
                } catch (TemplateException e) {
                    throw new GenerationRefused(texts.get("generate.templateProblem", e.getMessage()));
                } catch (LogoException e) {
                    throw new GenerationRefused(texts.get("generate.logo." + e.reason().name(), file.file(), e.file()));
                }
                DocumentTree tree;
                try {
                    tree = parser.parse(document.markdown(), document.meta());
                } catch (MarkupException e) {
                    throw new GenerationRefused(texts.get("generate.templateProblem", e.getMessage()));
                }
                PdfResult laidOut = null;
                for (OutputFormat format : formats) {
                    Path target = out.resolve(document.fileStem() + "." + format.extension());
                    Path previous = producedBy.putIfAbsent(target, file.file());
                    if (previous != null) {
                        throw new GenerationRefused(texts.get("generate.sameName", previous, file.file(), target));
                    }
                    try {
                        // The Word table of contents prints the pages of the PDF's layout: one layout for both.
                        if (laidOut == null && (format == OutputFormat.pdf
                                || format == OutputFormat.docx && DocxWriter.printsPageNumbers(tree))) {
                            laidOut = pdfWriter.write(tree, Optional.of(source));
                        }
                        outputs.put(target, switch (format) {
                            case pdf -> pdf(laidOut, target, texts);
                            case docx -> new DocxWriter().write(tree, Optional.of(source),
                                    laidOut == null ? List.of() : PdfOutline.headingPages(laidOut.bytes()));
                            case md -> document.markdown().getBytes(StandardCharsets.UTF_8);
                        });
                    } catch (IOException e) {
                        throw new IllegalStateException("rendering " + target + " failed in memory", e);
                    } catch (IllegalArgumentException e) {
                        // SOURCE_DATE_EPOCH that is not a number of seconds
                        throw new GenerationRefused(texts.get("generate.badEnvironment", e.getMessage()));
                    }
                }
            }
        }
        return outputs;
    }

    /** The PDF, and in the report every character no font can draw and a sheet that cannot fit one page. */
    private byte[] pdf(PdfResult result, Path target, Texts texts) {
        result.missing().forEach(glyph -> warnings.add(texts.get("generate.missingGlyph", target, glyph.codePointLabel(),
                glyph.character(), glyph.place())));
        if (!result.warnings().isEmpty()) {
            warnings.add(texts.get("generate.sheetTooLong", target));
        }
        return result.bytes();
    }

    /** The formats written by {@code --format}. */
    enum OutputFormat {
        docx, pdf, md;

        String extension() {
            return name();
        }
    }

    /** Generation stops before writing anything, for a reason the user can fix. */
    private static final class GenerationRefused extends RuntimeException {
        GenerationRefused(String message) {
            super(message, null, false, false);
        }
    }
}
