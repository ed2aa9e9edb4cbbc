package fr.charteia.load;

import fr.charteia.model.Questionnaire;
import java.util.List;
import java.util.Optional;

/**
 * What reading a file produced: the questionnaire as far as it could be bound (fields whose value
 * had the wrong shape are left empty), the shape problems met, where each field was written, and the
 * bytes as read, which the documents carry so that what is attached is exactly what was validated.
 */
public record LoadedQuestionnaire(
        String file, Optional<Questionnaire> questionnaire, List<SchemaProblem> problems, SourceMap sourceMap,
        byte[] source) {

    public LoadedQuestionnaire {
        problems = List.copyOf(problems);
        source = source.clone();
    }

    @Override
    public byte[] source() {
        return source.clone();
    }
}
