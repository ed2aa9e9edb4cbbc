package fr.charteia.cli;

import fr.charteia.document.SourceAttachment;
import fr.charteia.load.LoadFailure;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.NormalisedYaml;
import fr.charteia.load.QuestionnaireFormat;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.output.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Retrouve le questionnaire joint à une charte ou une fiche générée (PDF ou Word), tel que son auteur l'a écrit.",
            "Commentaires, ordre des clés, YAML ou JSON : tout est rendu tel quel, et régénérer depuis ce fichier donne "
                    + "les mêmes documents. Un service révise ainsi sa charte à partir du seul document signé."
        },
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:questionnaire retrouvé",
            "2:document illisible, protégé par mot de passe ou sans questionnaire intact, ou fichier de sortie existant ou mal nommé"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DOCUMENT", descriptionKey = "document", description = "Charte ou fiche générée : .pdf ou .docx.")
    Path document;

    @Option(names = "--out", paramLabel = "FICHIER",
            description = "Fichier où écrire le questionnaire (jamais écrasé), avec l'extension de son format : "
                    + ".yaml (ou .yml) pour un questionnaire YAML, .json pour un questionnaire JSON. "
                    + "Sans cette option, il est affiché.")
    Path out;

    @Option(names = "--normalised",
            description = "Donne le questionnaire sous une forme normalisée, pour les outils : YAML, clés dans l'ordre "
                    + "du format, sans commentaires ni valeurs par défaut. Sans cette option, le fichier de l'auteur "
                    + "est rendu tel quel.")
    boolean normalised;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en", description = "Langue des messages et de cette aide. Défaut : ${DEFAULT-VALUE}.")
    ValidateCommand.Language language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Texts texts = Texts.of(language.locale);
        DocumentQuestionnaire.Lookup lookup = DocumentQuestionnaire.find(document, texts);
        if (lookup.source().isEmpty()) {
            return refuse(lookup.refusal());
        }
        SourceAttachment source = lookup.source().get();
        // Checked before anything is written: what comes out must be a questionnaire generate can read.
        LoadedQuestionnaire loaded;
        try {
            loaded = load(source);
        } catch (UnreadableQuestionnaireException e) {
            return refuse(notQuestionnaire(source, e.failure().reason(), texts));
        }
        if (loaded.sourceMap().find("schema").isEmpty()) {
            return refuse(texts.get("extract.notQuestionnaire", document, source.fileName(),
                    texts.get("extract.notQuestionnaire.noSchema")));
        }
        byte[] questionnaire = source.bytes();
        boolean json = source.isJson();
        if (normalised) {
            Optional<byte[]> yaml = normalise(loaded);
            if (yaml.isEmpty()) {
                return refuse(texts.get("extract.notNormalisable", document));
            }
            questionnaire = yaml.get();
            json = false;
        }
        if (out == null) {
            // The questionnaire itself, for `extract doc.pdf > q.yaml`: byte for byte, not escaped as messages are.
            PrintWriter data = TerminalText.data(spec.commandLine().getOut());
            data.print(new String(questionnaire, StandardCharsets.UTF_8));
            data.flush();
            return ExitCodes.OK;
        }
        Optional<QuestionnaireFormat> outFormat = QuestionnaireFormat.ofFileName(String.valueOf(out.getFileName()));
        QuestionnaireFormat format = json ? QuestionnaireFormat.JSON : QuestionnaireFormat.YAML;
        if (outFormat.isEmpty() || outFormat.get() != format) {
            // The file name decides how generate reads it: a JSON questionnaire saved as .yaml would not regenerate the same documents.
            return refuse(texts.get(json ? "extract.extension.json" : "extract.extension.yaml", out));
        }
        try {
            AtomicFiles.create(out, questionnaire);
        } catch (FileAlreadyExistsException e) {
            return refuse(texts.get("extract.exists", out));
        } catch (IOException e) {
            return refuse(WriteFailureText.of(e, out, texts));
        }
        spec.commandLine().getOut().println(texts.get("extract.written", out, document));
        return ExitCodes.OK;
    }

    /**
     * The attachment read as generate would read it (format from its name, strict UTF-8, schema
     * charte-ia/1). Findings do not stop extract: it gives back the source, and validate judges it.
     */
    private static LoadedQuestionnaire load(SourceAttachment source) throws UnreadableQuestionnaireException {
        QuestionnaireFormat format = source.isJson() ? QuestionnaireFormat.JSON : QuestionnaireFormat.YAML;
        return new QuestionnaireLoader().load(source.fileName(), format, source.bytes());
    }

    /** Why what the document carries is not a questionnaire, without quoting any of it. */
    private String notQuestionnaire(SourceAttachment source, LoadFailure.Reason reason, Texts texts) {
        if (reason == LoadFailure.Reason.TOO_LARGE) {
            return texts.get("extract.tooLarge", document, QuestionnaireLoader.MAX_BYTES / (1024 * 1024));
        }
        String why = switch (reason) {
            case NOT_UTF8 -> "extract.notQuestionnaire.notUtf8";
            case EMPTY -> "extract.notQuestionnaire.empty";
            case UNSUPPORTED_SCHEMA -> "extract.notQuestionnaire.otherSchema";
            default -> source.isJson() ? "extract.notQuestionnaire.notJson" : "extract.notQuestionnaire.notYaml";
        };
        return texts.get("extract.notQuestionnaire", document, source.fileName(), texts.get(why));
    }

    /** The questionnaire in the canonical YAML form, if this version of charte-ia reads it without a problem. */
    private static Optional<byte[]> normalise(LoadedQuestionnaire loaded) {
        return loaded.problems().isEmpty() ? loaded.questionnaire().map(NormalisedYaml::of) : Optional.empty();
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println(message);
        return ExitCodes.UNREADABLE_OR_USAGE;
    }
}
