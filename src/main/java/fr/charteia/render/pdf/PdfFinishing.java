package fr.charteia.render.pdf;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.SourceAttachment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Calendar;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What PDFBox adds once the layout engine has drawn the pages: the properties (see
 * {@link PdfMetadata}), viewer preferences (show the title, open the bookmarks of a charter),
 * a description on each link for assistive technology, the source questionnaire as a PDF/A-3
 * associated file, and a document id drawn from the content instead of the clock.
 */
final class PdfFinishing {

    static final COSName AF = COSName.getPDFName("AF");
    static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    static final String SOURCE = "Source";
    /** Shown by PDF readers next to the attached file. */
    static final String SOURCE_DESCRIPTION = "charte-ia questionnaire: the source of this document (charte-ia extract)";

    private PdfFinishing() {
    }

    static void finish(PDDocument document, DocumentMeta meta, Instant timestamp, byte[] id,
            Optional<SourceAttachment> source) throws IOException {
        PdfMetadata.write(document, meta, timestamp);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDViewerPreferences preferences = catalog.getViewerPreferences() != null ? catalog.getViewerPreferences()
                : new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        if (meta.kind() == DocumentKind.CHARTER && catalog.getDocumentOutline() != null) {
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }
        describeLinks(catalog);
        if (source.isPresent()) {
            attach(document, source.get(), timestamp);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id, true));
        ids.add(new COSString(id, true));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * PDF/UA asks each link annotation for a description (Contents). The layout engine puts the
     * link's title on its Link structure element; it is copied to the annotations under it.
     */
    static void describeLinks(PDDocumentCatalog catalog) throws IOException {
        PDStructureTreeRoot root = catalog.getStructureTreeRoot();
        if (root == null) {
            return;
        }
        Deque<PDStructureNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            PDStructureNode node = pending.pop();
            List<Object> kids = node.getKids();
            String alternate = node instanceof PDStructureElement element && "Link".equals(element.getStructureType())
                    ? element.getAlternateDescription() : null;
            for (Object kid : kids) {
                if (kid instanceof PDStructureNode child) {
                    pending.push(child);
                } else if (kid instanceof PDObjectReference reference && alternate != null && !alternate.isEmpty()) {
                    COSObjectable referenced = reference.getReferencedObject();
                    if (referenced instanceof PDAnnotation annotation && annotation.getContents() == null) {
                        annotation.setContents(alternate);
                    }
                }
            }
        }
    }

    /**
     * The file as an associated file of the document (PDF/A-3): an embedded file with its media
     * type and date, a file specification with both file names and the Source relationship, listed
     * in the catalog's AF array and in the EmbeddedFiles name tree, where readers show attachments.
     */
    static void attach(PDDocument document, SourceAttachment attachment, Instant timestamp) throws IOException {
        byte[] bytes = attachment.bytes();
        PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
        embedded.setSubtype(attachment.mediaType());
        embedded.setSize(bytes.length);
        Calendar date = PdfMetadata.calendar(timestamp);
        embedded.setCreationDate(date);
        embedded.setModDate(date);

        PDComplexFileSpecification file = new PDComplexFileSpecification();
        file.setFile(attachment.fileName());
        file.setFileUnicode(attachment.fileName());
        file.setFileDescription(SOURCE_DESCRIPTION);
        file.setEmbeddedFile(embedded);
        file.setEmbeddedFileUnicode(embedded);
        file.getCOSObject().setName(AF_RELATIONSHIP, SOURCE);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(attachment.fileName(), file));
        PDDocumentNameDictionary names = catalog.getNames() != null ? catalog.getNames()
                : new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);

        COSArray associated = new COSArray();
        associated.add(file);
        catalog.getCOSObject().setItem(AF, associated);
    }
}
