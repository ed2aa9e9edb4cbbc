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

/** Loads and validates files with one loader and one validator, shared by the commands. */
final class QuestionnaireCheck implements AutoCloseable {

    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private final QuestionnaireValidator validator = new QuestionnaireValidator();
    private final Locale language;

    QuestionnaireCheck(Locale language) {
        this.language = language;
    }

    FileReport check(Path file) {
        try {
            LoadedQuestionnaire loaded = loader.load(file);
            return new FileReport(file.toString(), true, validator.validate(loaded, language));
        } catch (UnreadableQuestionnaireException e) {
            return new FileReport(file.toString(), false, List.of(ProblemMessages.asFinding(e.failure(), Terms.of(language))));
        }
    }

    @Override
    public void close() {
        validator.close();
    }
}
