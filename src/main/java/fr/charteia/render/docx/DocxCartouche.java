package fr.charteia.render.docx;

import fr.charteia.document.DocumentMeta;
import fr.charteia.document.Signatory;
import fr.charteia.document.TypesetMeta;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The cartouche, the quality header block of page one, drawn from the document's identity so
 * every department's documents share one layout. The charter's is a grid: document type and
 * title, organisation, department, reference, version, dates, then written / reviewed / approved
 * by with room to sign, then distribution. The sheet's fits on two lines: title, then
 * organisation, department, reference, version and date. Every text, labels included, comes
 * typeset from {@link TypesetMeta}, as in the PDF (« Diffusion : A ; B », never a « ; » starting a
 * line).
 */
final class DocxCartouche {

    /** Room for a handwritten date and signature: 1.7 cm. */
    static final int SIGNATURE_HEIGHT = 964;

    private DocxCartouche() {
    }

    static void write(BlockContainer out, DocumentMeta meta, DocxLayout layout) {
        if (layout.compact()) {
            compact(out, TypesetMeta.of(meta));
        } else {
            full(out, TypesetMeta.of(meta));
        }
    }

    private static void full(BlockContainer out, TypesetMeta meta) {
        int[] widths = ColumnWidths.equal(3, out.width());
        boolean distribution = meta.hasDistribution();
        XWPFTable table = out.table(distribution ? 7 : 6, 3);
        TableFormat.frame(table, widths, true);
        table.getRows().forEach(TableFormat::keepTogether);

        XWPFTableRow identity = table.getRow(0);
        TableFormat.span(identity, 1, 2, widths[1] + widths[2]);
        field(identity.getCell(0), widths[0], meta.label("cartouche.documentType"), meta.documentType());
        CellBody title = new CellBody(identity.getCell(1), widths[1] + widths[2]);
        DocxInlines.run(title.paragraph(DocxStyles.CARTOUCHE_LABEL), meta.label("cartouche.title"),
                DocxInlines.Look.PLAIN);
        DocxInlines.run(title.paragraph(DocxStyles.TITLE), meta.title(), DocxInlines.Look.PLAIN);

        XWPFTableRow where = table.getRow(1);
        field(where.getCell(0), widths[0], meta.label("cartouche.organisation"), meta.organisation());
        CellBody service = field(where.getCell(1), widths[1], meta.label("cartouche.service"), meta.service());
        meta.unit().ifPresent(unit -> DocxInlines.run(service.paragraph(DocxStyles.CARTOUCHE_LABEL), unit,
                DocxInlines.Look.PLAIN));
        CellBody reference = field(where.getCell(2), widths[2], meta.label("cartouche.reference"), meta.reference());
        meta.parentReference().ifPresent(parent -> DocxInlines.run(reference.paragraph(DocxStyles.CARTOUCHE_LABEL),
                parent, DocxInlines.Look.PLAIN));

        XWPFTableRow when = table.getRow(2);
        field(when.getCell(0), widths[0], meta.label("cartouche.version"), meta.version());
        field(when.getCell(1), widths[1], meta.label("cartouche.effectiveDate"), meta.effectiveDate());
        field(when.getCell(2), widths[2], meta.label("cartouche.reviewDate"), meta.reviewDate());

        List<String> roles = meta.roles();
        List<List<Signatory>> signatories = meta.signatories();
        XWPFTableRow roleRow = table.getRow(3);
        XWPFTableRow nameRow = table.getRow(4);
        XWPFTableRow signatureRow = table.getRow(5);
        TableFormat.minimumHeight(signatureRow, SIGNATURE_HEIGHT);
        for (int i = 0; i < 3; i++) {
            XWPFTableCell role = roleRow.getCell(i);
            TableFormat.shade(role, DocxPalette.TABLE_HEADER_FILL);
            DocxInlines.run(new CellBody(role, widths[i]).paragraph(DocxStyles.TABLE_TEXT), roles.get(i),
                    DocxInlines.Look.BOLD);
            CellBody person = new CellBody(nameRow.getCell(i), widths[i]);
            for (Signatory signatory : signatories.get(i)) {
                DocxInlines.run(person.paragraph(DocxStyles.TABLE_TEXT), signatory.name(), DocxInlines.Look.BOLD);
                DocxInlines.run(person.paragraph(DocxStyles.TABLE_TEXT), signatory.title(), DocxInlines.Look.PLAIN);
            }
            DocxInlines.run(new CellBody(signatureRow.getCell(i), widths[i]).paragraph(DocxStyles.CARTOUCHE_LABEL),
                    meta.label("cartouche.signature"), DocxInlines.Look.PLAIN);
        }

        if (distribution) {
            XWPFTableRow row = table.getRow(6);
            TableFormat.span(row, 0, 3, out.width());
            field(row.getCell(0), out.width(), meta.label("cartouche.distribution"), meta.distribution());
        }
    }

    private static void compact(BlockContainer out, TypesetMeta meta) {
        int[] widths = ColumnWidths.proportional(new double[] {30, 26, 20, 10, 14}, out.width());
        XWPFTable table = out.table(2, widths.length);
        TableFormat.frame(table, widths, true);
        table.getRows().forEach(TableFormat::keepTogether);

        XWPFTableRow identity = table.getRow(0);
        TableFormat.span(identity, 0, widths.length, out.width());
        CellBody title = new CellBody(identity.getCell(0), out.width());
        DocxInlines.run(title.paragraph(DocxStyles.CARTOUCHE_LABEL), meta.documentType(), DocxInlines.Look.PLAIN);
        DocxInlines.run(title.paragraph(DocxStyles.TITLE), meta.title(), DocxInlines.Look.PLAIN);

        List<String[]> fields = List.of(
                new String[] {meta.label("cartouche.organisation"), meta.organisation()},
                new String[] {meta.label("cartouche.service"), meta.service()},
                new String[] {meta.label("cartouche.reference"), meta.reference()},
                new String[] {meta.label("cartouche.version"), meta.version()},
                new String[] {meta.label("cartouche.effectiveDate"), meta.effectiveDate()});
        XWPFTableRow row = table.getRow(1);
        for (int i = 0; i < fields.size(); i++) {
            field(row.getCell(i), widths[i], fields.get(i)[0], fields.get(i)[1]);
        }
    }

    /** A labelled value, both typeset: the label small and grey above the value. */
    private static CellBody field(XWPFTableCell cell, int width, String label, String value) {
        CellBody body = new CellBody(cell, width);
        DocxInlines.run(body.paragraph(DocxStyles.CARTOUCHE_LABEL), label, DocxInlines.Look.PLAIN);
        DocxInlines.run(body.paragraph(DocxStyles.TABLE_TEXT), value, DocxInlines.Look.BOLD);
        return body;
    }
}
