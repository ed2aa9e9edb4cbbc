package fr.charteia.cli;

import fr.charteia.output.AtomicFiles;
import fr.charteia.render.docx.DocxSourcePart;
import fr.charteia.render.pdf.EmbeddedQuestionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
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
            "Retrouve le questionnaire joint à une charte ou une fiche générée (PDF ou Word), pour la réviser",
            "l'année suivante à partir du seul document signé. Régénérer depuis ce fichier donne les mêmes documents."
        },
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:questionnaire retrouvé", "2:document illisible, sans questionnaire joint, ou fichier de sortie existant"})
final class ExtractCommand implements Callable<Integer> {

    /** Generated documents weigh well under a megabyte; a larger file is not one of ours. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    @Parameters(paramLabel = "DOCUMENT", description = "Charte ou fiche générée : .pdf ou .docx.")
    Path document;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Fichier où écrire le questionnaire (jamais écrasé). Sans cette option, il est affiché.")
    Path out;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en", description = "Langue des messages. Défaut : ${DEFAULT-VALUE}.")
    ValidateCommand.Language language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Texts texts = Texts.of(language.locale);
        Optional<byte[]> questionnaire;
        try {
            if (!Files.isRegularFile(document)) {
                return refuse(texts.get("extract.notFound", document));
            }
            if (Files.size(document) > MAX_BYTES) {
                return refuse(texts.get("extract.notOurs", document));
            }
            byte[] bytes = Files.readAllBytes(document);
            questionnaire = isPdf(bytes) ? EmbeddedQuestionnaire.read(bytes) : DocxSourcePart.read(bytes);
        } catch (IOException e) {
            return refuse(texts.get("extract.notOurs", document));
        }
        if (questionnaire.isEmpty()) {
            return refuse(texts.get("extract.noQuestionnaire", document));
        }
        if (out == null) {
            spec.commandLine().getOut().print(new String(questionnaire.get(), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.create(out, questionnaire.get());
        } catch (FileAlreadyExistsException e) {
            return refuse(texts.get("extract.exists", out));
        } catch (IOException e) {
            return refuse(texts.get("init.failed", out, e.getMessage()));
        }
        spec.commandLine().getOut().println(texts.get("extract.written", out, document));
        return ExitCodes.OK;
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println(message);
        return ExitCodes.UNREADABLE_OR_USAGE;
    }
}
