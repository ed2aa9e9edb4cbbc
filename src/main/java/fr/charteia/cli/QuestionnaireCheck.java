package fr.charteia.cli;

import fr.charteia.compose.LogoException;
import fr.charteia.compose.LogoReader;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.model.Organisation;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.Finding;
import fr.charteia.validation.LogoFindings;
import fr.charteia.validation.ProblemMessages;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.Terms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads and validates files with one loader and one validator, shared by the commands, and reads
 * the logo each file names with the reader the documents use: what {@code validate} accepts,
 * {@code generate} can render.
 */
final class QuestionnaireCheck implements AutoCloseable {

    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private final QuestionnaireValidator validator = new QuestionnaireValidator();
    private final Locale language;

    QuestionnaireCheck(Locale language) {
        this.language = language;
    }

    FileReport check(Path file) {
        return checkForGeneration(file).report();
    }

    /** The report, and the questionnaire when it has no error, ready to compose. */
    CheckedFile checkForGeneration(Path file) {
        try {
            LoadedQuestionnaire loaded = loader.load(file);
            List<Finding> findings = validator.validate(loaded, language);
            Optional<Finding> logo = logoFinding(file, loaded, findings);
            if (logo.isPresent()) {
                findings = inReportOrder(findings, logo.get());
            }
            FileReport report = new FileReport(file.toString(), true, findings);
            return new CheckedFile(file, report, report.valid() ? loaded.questionnaire() : Optional.empty(), loaded.source());
        } catch (UnreadableQuestionnaireException e) {
            return new CheckedFile(file, new FileReport(file.toString(), false,
                    List.of(ProblemMessages.asFinding(e.failure(), Terms.of(language)))), Optional.empty(), new byte[0]);
        }
    }

    /** G-LOGO when the logo named by the file cannot be used; nothing when a finding already points at it. */
    private Optional<Finding> logoFinding(Path file, LoadedQuestionnaire loaded, List<Finding> findings) {
        Optional<String> logo = loaded.questionnaire().map(Questionnaire::organisation).flatMap(Organisation::logo)
                .filter(l -> !l.isBlank());
        if (logo.isEmpty() || findings.stream().anyMatch(f -> f.path().equals(LogoFindings.PATH))) {
            return Optional.empty();
        }
        // relative to the questionnaire as the user named it, so the message shows a path they recognise
        Path logoFile = Optional.ofNullable(file.getParent()).map(folder -> folder.resolve(logo.get())).orElse(Path.of(logo.get()));
        try {
            LogoReader.read(logoFile, "");
            return Optional.empty();
        } catch (LogoException e) {
            return Optional.of(LogoFindings.of(LogoFindings.Problem.valueOf(e.reason().name()), logo.get(), logoFile.toString(),
                    loaded.sourceMap(), language));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.of(LogoFindings.of(LogoFindings.Problem.MISSING, logo.get(), logo.get(), loaded.sourceMap(), language));
        }
    }

    /** {@code added} among the validator's sorted findings: errors first, then by line. */
    private static List<Finding> inReportOrder(List<Finding> sorted, Finding added) {
        List<Finding> all = new ArrayList<>(sorted);
        int line = added.position().map(p -> p.line()).orElse(Integer.MAX_VALUE);
        int at = 0;
        while (at < all.size() && (all.get(at).severity().compareTo(added.severity()) < 0
                || all.get(at).severity() == added.severity()
                && all.get(at).position().map(p -> p.line()).orElse(Integer.MAX_VALUE) <= line)) {
            at++;
        }
        all.add(at, added);
        return all;
    }

    /**
     * A file, what validation said of it, its questionnaire when it may be generated, and its bytes as
     * read (empty when unreadable): generation attaches these, never a second reading of the file.
     */
    record CheckedFile(Path file, FileReport report, Optional<Questionnaire> questionnaire, byte[] source) {
    }

    @Override
    public void close() {
        validator.close();
    }
}
