package fr.charteia.render.docx;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.HeadingPage;
import fr.charteia.document.SourceAttachment;
import fr.charteia.document.SourceDateEpoch;
import fr.charteia.document.DocumentTree;
import fr.charteia.document.TableOfContents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;

/**
 * Writes a document tree as a Word file (.docx): real styles, lists, tables, a cartouche, a table
 * of contents, a running header and footer and document properties; a charter in the roomy
 * layout, a best-practice sheet in the tight one-page layout.
 *
 * <p>The same tree gives the same bytes. The files are dated {@link DocumentMeta#effectiveDate()}
 * at 00:00 UTC, or at the instant given by the {@code SOURCE_DATE_EPOCH} environment variable
 * (seconds since 1970-01-01 UTC) when it is set, the convention of reproducible builds.
 *
 * <p>An instance holds no state between calls and can be shared.
 */
public final class DocxWriter {


    private final Optional<Instant> timestampOverride;

    /** A writer that honours {@code SOURCE_DATE_EPOCH}. */
    public DocxWriter() {
        this(SourceDateEpoch.fromEnvironment());
    }

    /** A writer that dates its files at {@code timestampOverride} when present, else at the effective date. */
    public DocxWriter(Optional<Instant> timestampOverride) {
        this.timestampOverride = timestampOverride;
    }

    public byte[] write(DocumentTree tree) throws IOException {
        return write(tree, Optional.empty());
    }

    /** Writes the document with the questionnaire it comes from stored inside (see {@link DocxSourcePart}). */
    public byte[] write(DocumentTree tree, Optional<SourceAttachment> source) throws IOException {
        return write(tree, source, List.of());
    }

    /**
     * Writes the document with the questionnaire it comes from stored inside, and in its table of
     * contents the page of each section as {@code pages} gives it (the headings of the PDF of the same
     * tree: see {@code PdfOutline}). Word cannot tell pages without laying them out, which this writer
     * does not do.
     */
    public byte[] write(DocumentTree tree, Optional<SourceAttachment> source, List<HeadingPage> pages)
            throws IOException {
        DocumentMeta meta = tree.meta();
        DocxLayout layout = DocxLayout.of(meta.kind());
        Instant timestamp = timestamp(meta);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.install(document, layout, meta.language());
            DocxSettings.install(document);
            DocxNumbering numbering = DocxNumbering.install(document);
            DocxPage.setUp(document, layout);
            DocxHeaderFooter.write(document, meta, layout);
            DocumentBody body = new DocumentBody(document, layout);
            new DocxBlocks(meta, layout, numbering, HeadingAnchors.of(tree.root(), pages)).blocks(tree.root(), body,
                    DocxStyles.NORMAL);
            body.finish();
            DocxProperties.write(document, meta, timestamp);
            if (source.isPresent()) {
                DocxSourcePart.attach(document, source.get());
            }
            document.write(out);
        }
        return ReproducibleZip.repack(out.toByteArray(), LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC));
    }

    /**
     * Whether the tree's Word file has a table of contents, and so page numbers to print: a charter
     * with {@code <!-- toc -->}; never a sheet. The caller lays out the PDF only then.
     */
    public static boolean printsPageNumbers(DocumentTree tree) {
        if (tree.meta().kind() == DocumentKind.SHEET) {
            return false;
        }
        boolean[] found = {false};
        tree.root().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                found[0] |= block instanceof TableOfContents;
                visitChildren(block);
            }
        });
        return found[0];
    }

    private Instant timestamp(DocumentMeta meta) {
        return timestampOverride.orElseGet(() -> meta.effectiveDate().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
