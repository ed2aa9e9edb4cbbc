package fr.charteia.web;

import fr.charteia.OutputFormat;
import fr.charteia.document.DocumentKind;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** What the review offers to download: the documents by their URL name, and the draft's YAML file name. */
final class Downloads {

    static final String YAML_TYPE = "application/yaml";

    private Downloads() {
    }

    /** {@code charter} or {@code sheet}, as in the URLs. */
    static String urlName(DocumentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static Optional<DocumentKind> kind(String urlName) {
        return switch (urlName) {
            case "charter" -> Optional.of(DocumentKind.CHARTER);
            case "sheet" -> Optional.of(DocumentKind.SHEET);
            default -> Optional.empty();
        };
    }

    /** PDF or Word only: the Markdown is not offered in the browser. */
    static Optional<OutputFormat> format(String extension) {
        return switch (extension) {
            case "pdf" -> Optional.of(OutputFormat.PDF);
            case "docx" -> Optional.of(OutputFormat.DOCX);
            default -> Optional.empty();
        };
    }

    static String contentType(OutputFormat format) {
        return format == OutputFormat.PDF ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    /**
     * {@code questionnaire-<department>.yaml} in ASCII letters, digits and hyphens, whatever the name
     * holds: it goes into a header and onto the user's disk.
     */
    static String yamlFileName(Optional<String> department) {
        String ascii = Normalizer.normalize(department.orElse(""), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String stem = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (stem.length() > 60) {
            stem = stem.substring(0, 60).replaceAll("-+$", "");
        }
        return stem.isEmpty() ? "questionnaire.yaml" : "questionnaire-" + stem + ".yaml";
    }

    /** The header value that saves the response as {@code fileName} (an ASCII name, no quote to escape). */
    static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
    }
}
