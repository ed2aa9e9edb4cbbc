package fr.charteia.document;

import fr.charteia.model.DocumentLanguage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every writer needs besides the content: identity for the cartouche, running header and
 * footer, document properties, and the words to label them in the document's language.
 *
 * @param language the document language: its typography, and its tag ({@code fr-FR}, {@code en-GB}) in every file
 * @param documentType the kind of document as printed in the cartouche ("Charte d'usage…")
 * @param title the title as printed and stored in the properties
 * @param effectiveDate also the fixed creation date of the files, so the same input gives the same bytes
 * @param director the establishment's director, who approves the charter with {@code approvedBy} when given
 * @param parentReference the establishment charter this department charter applies, when given
 * @param labels words of the cartouche, header and footer, keyed as in {@code terms.properties}
 *     ({@code cartouche.reference}, {@code footer.page}, {@code list.separator}…)
 */
public record DocumentMeta(
        DocumentKind kind,
        DocumentLanguage language,
        String documentType,
        String title,
        String subject,
        List<String> keywords,
        String organisation,
        String service,
        Optional<String> unit,
        String reference,
        String version,
        LocalDate effectiveDate,
        LocalDate reviewDate,
        String effectiveDateText,
        String reviewDateText,
        Signatory writtenBy,
        Signatory reviewedBy,
        Signatory approvedBy,
        Optional<Signatory> director,
        List<String> distribution,
        Optional<String> parentReference,
        Optional<Logo> logo,
        Map<String, String> labels) {

    public DocumentMeta {
        keywords = List.copyOf(keywords);
        distribution = List.copyOf(distribution);
        parentReference = parentReference == null ? Optional.empty() : parentReference;
        director = director == null ? Optional.empty() : director;
        labels = Map.copyOf(labels);
    }

    /** Who signs each column of the cartouche: written by, reviewed by, approved by (with the director when given). */
    public List<List<Signatory>> signatories() {
        List<Signatory> approvers = new java.util.ArrayList<>(List.of(approvedBy));
        director.ifPresent(approvers::add);
        return List.of(List.of(writtenBy), List.of(reviewedBy), List.copyOf(approvers));
    }

    /**
     * The distribution list on one line, joined as lists are in the document's language
     * ({@code list.separator}: « ; » with a space before it in French, which the typography turns
     * into a no-break space).
     */
    public String distributionLine() {
        return String.join(label("list.separator"), distribution);
    }

    /** A label of the document's language; a missing one is a bug in the shipped or custom terms. */
    public String label(String key) {
        String value = labels.get(key);
        if (value == null) {
            throw new IllegalStateException("label missing from terms.properties: " + key);
        }
        return value;
    }
}
