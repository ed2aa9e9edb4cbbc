package fr.charteia.load;

import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;
import java.util.List;
import java.util.Optional;

/**
 * What reading a file produced: the questionnaire as far as it could be bound (fields whose value
 * had the wrong shape are left empty), the shape problems met, where each field was written, and the
 * bytes as read, which the documents carry so that what is attached is exactly what was validated.
 *
 * @param kind which of the two formats the file declares; the bound record is in {@code questionnaire}
 *     for a department, in {@code establishment} for an establishment baseline
 */
public record LoadedQuestionnaire(
        String file, Optional<Questionnaire> questionnaire, List<SchemaProblem> problems, SourceMap sourceMap,
        byte[] source, QuestionnaireKind kind, Optional<Establishment> establishment) {

    public LoadedQuestionnaire {
        problems = List.copyOf(problems);
        source = source.clone();
        if (kind == QuestionnaireKind.ESTABLISHMENT && questionnaire.isPresent()
                || kind == QuestionnaireKind.DEPARTMENT && establishment.isPresent()) {
            throw new IllegalArgumentException("a " + kind + " file binds only its own record");
        }
    }

    /** A department questionnaire as read. */
    public LoadedQuestionnaire(String file, Optional<Questionnaire> questionnaire, List<SchemaProblem> problems,
            SourceMap sourceMap, byte[] source) {
        this(file, questionnaire, problems, sourceMap, source, QuestionnaireKind.DEPARTMENT, Optional.empty());
    }

    /** An establishment baseline as read. */
    public static LoadedQuestionnaire establishment(String file, Optional<Establishment> establishment,
            List<SchemaProblem> problems, SourceMap sourceMap, byte[] source) {
        return new LoadedQuestionnaire(file, Optional.empty(), problems, sourceMap, source, QuestionnaireKind.ESTABLISHMENT,
                establishment);
    }

    /** The same file with another department questionnaire: the one a baseline completed. */
    public LoadedQuestionnaire withQuestionnaire(Questionnaire completed) {
        return new LoadedQuestionnaire(file, Optional.of(completed), problems, sourceMap, source);
    }

    @Override
    public byte[] source() {
        return source.clone();
    }
}
