package fr.charteia.document;

import java.util.Locale;
import java.util.Optional;

/**
 * The questionnaire a document was generated from, byte for byte as its author wrote it (comments,
 * key order, quoting, YAML or JSON), carried inside the document (a PDF/A-3 associated file, Word
 * custom properties) so that a department can reopen and revise its charter from the signed file
 * alone.
 *
 * <p>The name depends only on the syntax ({@code questionnaire.yaml} or {@code questionnaire.json}),
 * never on the author's file name: regenerating from an extracted copy saved under another name
 * must give the same documents, byte for byte.
 */
public record SourceAttachment(String fileName, byte[] bytes, String mediaType) {

    public static final String YAML_NAME = "questionnaire.yaml";
    public static final String JSON_NAME = "questionnaire.json";
    public static final String YAML_MEDIA_TYPE = "application/yaml";
    public static final String JSON_MEDIA_TYPE = "application/json";
    /** The name of a YAML questionnaire attachment (kept for callers written before JSON was carried as is). */
    public static final String FILE_NAME = YAML_NAME;

    /** Twice what the loader reads: a stored questionnaire that unpacks to more is not one. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    public SourceAttachment {
        bytes = bytes.clone();
    }

    /** A YAML questionnaire; the same as {@link #yaml(byte[])}. */
    public static SourceAttachment questionnaire(byte[] yaml) {
        return yaml(yaml);
    }

    /** The author's YAML file as written. */
    public static SourceAttachment yaml(byte[] bytes) {
        return new SourceAttachment(YAML_NAME, bytes, YAML_MEDIA_TYPE);
    }

    /** The author's JSON file as written. */
    public static SourceAttachment json(byte[] bytes) {
        return new SourceAttachment(JSON_NAME, bytes, JSON_MEDIA_TYPE);
    }

    /**
     * The attachment for a questionnaire file, named after its syntax: {@code .json} is JSON,
     * {@code .yaml} and {@code .yml} are YAML (the loader accepts nothing else).
     */
    public static SourceAttachment of(String authorFileName, byte[] bytes) {
        return authorFileName.toLowerCase(Locale.ROOT).endsWith(".json") ? json(bytes) : yaml(bytes);
    }

    /** An attachment read back from a document under {@code fileName}, if it is one of the two names charte-ia writes. */
    public static Optional<SourceAttachment> named(String fileName, byte[] bytes) {
        if (YAML_NAME.equals(fileName)) {
            return Optional.of(yaml(bytes));
        }
        if (JSON_NAME.equals(fileName)) {
            return Optional.of(json(bytes));
        }
        return Optional.empty();
    }

    public boolean isJson() {
        return JSON_NAME.equals(fileName);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
