package fr.charteia.load;

import fr.charteia.model.Questionnaire;
import java.util.List;
import java.util.Optional;

/**
 * What reading a file produced: the questionnaire as far as it could be bound (fields whose value
 * had the wrong shape are left empty), the shape problems met, and where each field was written.
 */
public record LoadedQuestionnaire(
        String file, Optional<Questionnaire> questionnaire, List<SchemaProblem> problems, SourceMap sourceMap) {

    public LoadedQuestionnaire {
        problems = List.copyOf(problems);
    }
}
