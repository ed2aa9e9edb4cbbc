package fr.charteia.render.pdf;

import fr.charteia.document.Signatory;
import fr.charteia.document.TypesetMeta;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cartouche, the quality header block of page one, as in the Word file. The charter's is a
 * grid: document type and title; organisation, department, reference; version and dates; written /
 * reviewed / approved by, with room to sign; distribution. The sheet's fits on two lines: type and
 * title, then organisation, department, reference, version and date. Its texts come typeset from
 * {@link TypesetMeta}, as the Word file's do.
 */
final class XhtmlCartouche {

    private final Markup out;
    private final XhtmlText text;
    private final TypesetMeta meta;

    XhtmlCartouche(Markup out, XhtmlText text, TypesetMeta meta) {
        this.out = out;
        this.text = text;
        this.meta = meta;
    }

    /** The charter's cartouche. */
    void full() {
        text.at("cartouche");
        out.open("table", "class", "cartouche");
        out.open("colgroup");
        for (int i = 0; i < 3; i++) {
            out.empty("col", "style", "width: 33.33%");
        }
        out.close("colgroup");
        out.open("tbody");

        out.open("tr");
        out.open("td");
        // No logo here: the running header prints it on every page, page one included, as in the Word file.
        label(meta.label("cartouche.documentType"));
        value("value", meta.documentType());
        out.close("td");
        out.open("td", "colspan", "2");
        label(meta.label("cartouche.title"));
        value("title", meta.title());
        out.close("td");
        out.close("tr");

        out.open("tr");
        field(meta.label("cartouche.organisation"), meta.organisation(), Optional.empty());
        field(meta.label("cartouche.service"), meta.service(), meta.unit());
        field(meta.label("cartouche.reference"), meta.reference(), meta.parentReference());
        out.close("tr");

        out.open("tr");
        field(meta.label("cartouche.version"), meta.version(), Optional.empty());
        field(meta.label("cartouche.effectiveDate"), meta.effectiveDate(), Optional.empty());
        field(meta.label("cartouche.reviewDate"), meta.reviewDate(), Optional.empty());
        out.close("tr");

        signatories();

        if (meta.hasDistribution()) {
            out.open("tr");
            out.open("td", "colspan", "3");
            label(meta.label("cartouche.distribution"));
            value("value", meta.distribution());
            out.close("td");
            out.close("tr");
        }
        out.close("tbody");
        out.close("table");
    }

    /** Written / reviewed / approved by: the roles, who holds them, and room to sign under each. */
    private void signatories() {
        out.open("tr");
        for (String role : meta.roles()) {
            out.open("th", "scope", "col");
            text.typesetText(role);
            out.close("th");
        }
        out.close("tr");
        out.open("tr");
        for (List<Signatory> column : meta.signatories()) {
            out.open("td");
            for (Signatory signatory : column) {
                value("value", signatory.name());
                out.open("div");
                text.typesetText(signatory.title());
                out.close("div");
            }
            out.close("td");
        }
        out.close("tr");
        out.open("tr");
        for (int i = 0; i < 3; i++) {
            out.open("td", "class", "signature");
            label(meta.label("cartouche.signature"));
            out.close("td");
        }
        out.close("tr");
    }

    /** The sheet's cartouche on two lines. */
    void compact() {
        text.at("cartouche");
        double[] widths = {30, 26, 20, 10, 14};
        out.open("table", "class", "cartouche compact");
        out.open("colgroup");
        for (double width : widths) {
            out.empty("col", "style", String.format(Locale.ROOT, "width: %.0f%%", width));
        }
        out.close("colgroup");
        out.open("tbody");
        out.open("tr");
        out.open("td", "colspan", Integer.toString(widths.length));
        label(meta.documentType());
        value("title", meta.title());
        out.close("td");
        out.close("tr");
        out.open("tr");
        field(meta.label("cartouche.organisation"), meta.organisation(), Optional.empty());
        field(meta.label("cartouche.service"), meta.service(), Optional.empty());
        field(meta.label("cartouche.reference"), meta.reference(), Optional.empty());
        field(meta.label("cartouche.version"), meta.version(), Optional.empty());
        field(meta.label("cartouche.effectiveDate"), meta.effectiveDate(), Optional.empty());
        out.close("tr");
        out.close("tbody");
        out.close("table");
    }

    /** A labelled value: the label small and grey above the value in bold, then an optional note. */
    private void field(String label, String value, Optional<String> note) {
        out.open("td");
        label(label);
        value("value", value);
        note.ifPresent(this::label);
        out.close("td");
    }

    private void label(String label) {
        value("label", label);
    }

    private void value(String className, String value) {
        out.open("div", "class", className);
        text.typesetText(value);
        out.close("div");
    }
}
