package fr.charteia;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A questionnaire already in memory: an upload, a draft, a file read by the caller.
 *
 * @param name the name it goes by in messages; its extension says YAML ({@code .yaml}, {@code .yml})
 *     or JSON ({@code .json})
 * @param bytes the file as written, attached unchanged to the documents
 * @param folder the folder a logo path in the questionnaire is read from; empty when the questionnaire
 *     has no folder (a logo it names is then reported missing)
 */
public record QuestionnaireSource(String name, byte[] bytes, Optional<Path> folder) {

    public QuestionnaireSource {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
