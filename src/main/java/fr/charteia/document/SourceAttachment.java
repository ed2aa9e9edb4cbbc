package fr.charteia.document;

/**
 * The questionnaire a document was generated from, as normalised YAML, carried inside the
 * document (a PDF/A-3 associated file, a custom part of the Word package) so that a department can
 * reopen and revise its charter from the signed file alone.
 */
public record SourceAttachment(String fileName, byte[] bytes, String mediaType) {

    public static final String FILE_NAME = "questionnaire.yaml";
    public static final String MEDIA_TYPE = "application/yaml";

    public SourceAttachment {
        bytes = bytes.clone();
    }

    public static SourceAttachment questionnaire(byte[] normalisedYaml) {
        return new SourceAttachment(FILE_NAME, normalisedYaml, MEDIA_TYPE);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
