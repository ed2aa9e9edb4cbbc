package fr.charteia.document;

import java.util.List;
import java.util.Optional;

/**
 * The texts both writers draw from {@link DocumentMeta} (cartouche, running header and footer,
 * title of the table of contents), in the typography of the document's language, as the body is:
 * « Diffusion : A ; B » never leaves a « ; » at the start of a line, in the PDF or in Word. A text
 * made of several parts (the header's line, the footer's words) is typeset whole, as printed.
 */
public final class TypesetMeta {

    private final DocumentMeta meta;
    private final Typography typography;

    private TypesetMeta(DocumentMeta meta) {
        this.meta = meta;
        this.typography = Typography.of(meta.language());
    }

    public static TypesetMeta of(DocumentMeta meta) {
        return new TypesetMeta(meta);
    }

    /** A label of {@code terms.properties} ({@code cartouche.title}, {@code toc.title}…). */
    public String label(String key) {
        return typeset(meta.label(key));
    }

    public String documentType() {
        return typeset(meta.documentType());
    }

    public String title() {
        return typeset(meta.title());
    }

    public String organisation() {
        return typeset(meta.organisation());
    }

    public String service() {
        return typeset(meta.service());
    }

    public Optional<String> unit() {
        return meta.unit().map(this::typeset);
    }

    public String reference() {
        return typeset(meta.reference());
    }

    /** The establishment charter this one applies, after its label: « Déclinaison de la charte d'établissement réf. X ». */
    public Optional<String> parentReference() {
        return meta.parentReference().map(parent -> typeset(meta.label("cartouche.parentReference") + " " + parent));
    }

    public String version() {
        return typeset(meta.version());
    }

    public String effectiveDate() {
        return typeset(meta.effectiveDateText());
    }

    public String reviewDate() {
        return typeset(meta.reviewDateText());
    }

    /** The three columns of signatories' headings: written by, reviewed by, approved by. */
    public List<String> roles() {
        return List.of(label("cartouche.writtenBy"), label("cartouche.reviewedBy"), label("cartouche.approvedBy"));
    }

    /** Who signs each column, as {@link DocumentMeta#signatories()}, names and titles typeset. */
    public List<List<Signatory>> signatories() {
        return meta.signatories().stream()
                .map(column -> column.stream()
                        .map(signatory -> new Signatory(typeset(signatory.name()), typeset(signatory.title())))
                        .toList())
                .toList();
    }

    /** Whether the document names whom it is distributed to. */
    public boolean hasDistribution() {
        return !meta.distribution().isEmpty();
    }

    /** The distribution list on one line; empty when the document names no one. */
    public String distribution() {
        return typeset(meta.distributionLine());
    }

    /** The running header on one line: organisation, department and reference between separators. */
    public String header() {
        String separator = meta.label("header.separator");
        return typeset(meta.organisation() + separator + meta.service() + separator + meta.reference());
    }

    /** The running header's parts, for a writer that breaks it between them: organisation, department, reference. */
    public List<String> headerParts() {
        return List.of(organisation(), service(), reference());
    }

    public String headerSeparator() {
        return label("header.separator");
    }

    /** The footer's words before the page number: « Version 1.0 — Page ». */
    public String footerBeforePage() {
        return typeset(meta.label("footer.version") + " " + meta.version() + meta.label("header.separator")
                + meta.label("footer.page") + " ");
    }

    /** The footer's words between the page number and the page count: « / ». */
    public String footerBeforeCount() {
        return typeset(" " + meta.label("footer.of") + " ");
    }

    private String typeset(String text) {
        return typography.apply(text);
    }
}
