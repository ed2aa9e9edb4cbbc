package fr.charteia.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.Toolkit;
import fr.charteia.diff.Change;
import fr.charteia.diff.ChangeText;
import fr.charteia.diff.QuestionnaireDiff;
import fr.charteia.document.SourceAttachment;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.QuestionnaireFormat;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.Finding;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.baseline.Inheritance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Says what changed between two versions of a department's questionnaire, each given as the file
 * or as a document generated from it. Exit codes follow diff(1): 0 identical, 1 different, 2 trouble.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compare deux versions d'un questionnaire et énumère les changements : outils, usages autorisés et interdits, "
                    + "données permises à chaque outil, rôles, contacts, dates du document.",
            "ANCIEN et NOUVEAU sont des questionnaires (.yaml, .yml, .json) ou des chartes et fiches générées (.pdf, .docx), "
                    + "dont le questionnaire joint est comparé. Le texte se colle tel quel dans les « changes » de la "
                    + "nouvelle version (history)."
        })
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "ANCIEN", descriptionKey = "old",
            description = "Version précédente : questionnaire (.yaml, .yml, .json) ou document généré (.pdf, .docx).")
    Path older;

    @Parameters(index = "1", paramLabel = "NOUVEAU", descriptionKey = "new",
            description = "Nouvelle version : questionnaire (.yaml, .yml, .json) ou document généré (.pdf, .docx).")
    Path newer;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Forme du résultat : text (à lire ou à coller dans l'historique) ou json (pour un autre programme). "
                    + "Défaut : ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en",
            description = "Langue des messages et de cette aide. Défaut : ${DEFAULT-VALUE}.")
    ValidateCommand.Language language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        Texts texts = Texts.of(language.locale);
        Questionnaire before;
        Questionnaire after;
        try (Toolkit toolkit = Toolkit.create()) {
            PrintWriter err = spec.commandLine().getErr();
            Version old = load(toolkit, older, texts, language.locale, err);
            Version now = load(toolkit, newer, texts, language.locale, err);
            // both as the department gets them (baseline included), or both as written: never one of each
            boolean resolved = old.resolved().isPresent() && now.resolved().isPresent();
            before = resolved ? old.resolved().get() : old.written();
            after = resolved ? now.resolved().get() : now.written();
        } catch (Refused refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        ChangeText words = ChangeText.of(language.locale);
        List<Change> changes = QuestionnaireDiff.between(before, after, words);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(new JsonDiff(older.toString(), newer.toString(), changes)));
        } else {
            out.print(QuestionnaireDiff.asText(changes, before.document().version(), words));
            if (changes.isEmpty()) {
                out.println();
            }
        }
        out.flush();
        return changes.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    record JsonDiff(String old, @com.fasterxml.jackson.annotation.JsonProperty("new") String now, List<Change> changes) {
    }

    /**
     * The questionnaire of a file or of a generated document. Its findings do not stop a diff (an
     * invalid draft is worth comparing), but its shape must be sound: every required part present.
     */
    /**
     * One side of the comparison: the questionnaire as written, and as the department gets it once its
     * baseline is read (organisation and catalogue tools included); empty when its baseline cannot be read.
     */
    private record Version(Questionnaire written, Optional<Questionnaire> resolved) {
    }

    private static Version load(Toolkit toolkit, Path file, Texts texts, Locale locale, PrintWriter err)
            throws Refused {
        CheckedQuestionnaire checked;
        Optional<LoadedQuestionnaire> loaded;
        if (QuestionnaireFormat.ofFileName(String.valueOf(file.getFileName())).isPresent()) {
            if (!Files.isRegularFile(file)) {
                throw new Refused(texts.get("diff.notFound", file));
            }
            checked = toolkit.validate(file, locale);
            loaded = attempt(() -> new QuestionnaireLoader().load(file));
        } else {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            if (!name.endsWith(".pdf") && !name.endsWith(".docx") && !looksLikeDocument(file)) {
                throw new Refused(texts.get(Files.exists(file) ? "diff.neither" : "diff.notFound", file));
            }
            DocumentQuestionnaire.Lookup lookup = DocumentQuestionnaire.find(file, texts);
            if (lookup.source().isEmpty()) {
                throw new Refused(lookup.refusal());
            }
            SourceAttachment source = lookup.source().get();
            Path folder = file.toAbsolutePath().getParent();
            checked = toolkit.validate(new QuestionnaireSource(file + " › " + source.fileName(), source.bytes(),
                    Optional.ofNullable(folder)), locale);
            QuestionnaireFormat format = source.isJson() ? QuestionnaireFormat.JSON : QuestionnaireFormat.YAML;
            loaded = attempt(() -> new QuestionnaireLoader().load(source.fileName(), format, source.bytes()));
        }
        if (checked.isEstablishment()) {
            throw new Refused(texts.get("diff.establishment", file));
        }
        if (!checked.report().readable()) {
            throw new Refused(texts.get("diff.unreadable", file, TextReport.oneLine(checked.report().findings().get(0).message())));
        }
        List<Finding> shape = checked.report().findings().stream()
                .filter(f -> f.isError() && f.codes().contains(RuleCode.Q_SCHEMA)).toList();
        Optional<Questionnaire> questionnaire = loaded.flatMap(LoadedQuestionnaire::questionnaire);
        if (!shape.isEmpty() || questionnaire.isEmpty() || !loaded.get().problems().isEmpty()) {
            StringBuilder message = new StringBuilder(texts.get("diff.schema", file));
            shape.forEach(f -> message.append(System.lineSeparator()).append("  ")
                    .append(f.path().isEmpty() ? "(document)" : TextReport.oneLine(f.path()))
                    .append(" — ").append(TextReport.oneLine(f.message())));
            throw new Refused(message.toString());
        }
        Questionnaire written = questionnaire.get();
        if (written.baseline().isEmpty()) {
            return new Version(written, Optional.of(written));
        }
        Optional<Questionnaire> resolved = checked.questionnaire()
                .or(() -> checked.baseline().map(b -> Inheritance.merge(written, b)));
        if (resolved.isEmpty()) {
            err.println(texts.get("diff.baselineUnread", file, written.baseline().get()));
        }
        return new Version(written, resolved);
    }

    private interface Loading {
        LoadedQuestionnaire load() throws UnreadableQuestionnaireException;
    }

    /** The loader's reading; validation has already said why when it cannot read the file. */
    private static Optional<LoadedQuestionnaire> attempt(Loading loading) {
        try {
            return Optional.of(loading.load());
        } catch (UnreadableQuestionnaireException e) {
            return Optional.empty();
        }
    }

    /** A PDF or a ZIP (Word) by its first bytes, whatever its name. */
    private static boolean looksLikeDocument(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return DocumentQuestionnaire.isPdf(head) || head.length >= 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    /** A file that cannot be compared, with the message that says why and what to do. */
    private static final class Refused extends Exception {

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
