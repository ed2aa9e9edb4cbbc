package fr.charteia.cli;

import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.validation.ProblemMessages;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.Terms;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import fr.charteia.model.Questionnaire;

/** Loads and validates files with one loader and one validator, shared by the commands. */
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
            FileReport report = new FileReport(file.toString(), true, validator.validate(loaded, language));
            return new CheckedFile(file, report, report.valid() ? loaded.questionnaire() : Optional.empty());
        } catch (UnreadableQuestionnaireException e) {
            return new CheckedFile(file, new FileReport(file.toString(), false,
                    List.of(ProblemMessages.asFinding(e.failure(), Terms.of(language)))), Optional.empty());
        }
    }

    /** A file, what validation said of it, and its questionnaire when it may be generated. */
    record CheckedFile(Path file, FileReport report, Optional<Questionnaire> questionnaire) {
    }

    @Override
    public void close() {
        validator.close();
    }
}
