package fr.charteia;

import java.util.List;

/**
 * A department's documents, rendered in memory and not yet written.
 *
 * @param source the name of the questionnaire they come from
 * @param files charter first, then sheet; for each, the formats in the order asked
 * @param warnings what the user should be told about them
 */
public record DocumentSet(String source, List<RenderedFile> files, List<RenderWarning> warnings) {

    public DocumentSet {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
