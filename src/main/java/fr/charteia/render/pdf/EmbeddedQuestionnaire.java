package fr.charteia.render.pdf;

import fr.charteia.document.SourceAttachment;
import fr.charteia.document.SourceLookup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Reads back the questionnaire a generated PDF carries as an embedded (associated) file, or says
 * why it is not there: a PDF re-saved or « printed to PDF » by another programme loses its
 * attachments, and keeps charte-ia as its creator or producer only sometimes.
 */
public final class EmbeddedQuestionnaire {

    /** charte-ia's XMP packet weighs a few kilobytes. */
    private static final int MAX_XMP_BYTES = 1024 * 1024;

    private EmbeddedQuestionnaire() {
    }

    /** The questionnaire bytes, if the PDF carries them intact. */
    public static Optional<byte[]> read(byte[] pdfBytes) throws IOException {
        return find(pdfBytes).source().map(SourceAttachment::bytes);
    }

    /**
     * The questionnaire the PDF carries, or why it is not there; an attachment is read up to
     * {@link SourceAttachment#MAX_BYTES}.
     *
     * @throws IOException when the file is not a PDF PDFBox can open
     */
    public static SourceLookup find(byte[] pdfBytes) throws IOException {
        return find(pdfBytes, SourceAttachment.MAX_BYTES);
    }

    /**
     * The questionnaire the PDF carries, or why it is not there. Bounded whatever the file holds:
     * the name tree is walked with a visited set and a depth limit, and the attachment is inflated
     * no further than {@code maxBytes} (past it, {@link SourceLookup.Outcome#TOO_LARGE}).
     *
     * @throws IOException when the file is not a PDF PDFBox can open
     */
    public static SourceLookup find(byte[] pdfBytes, int maxBytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            return find(pdf, maxBytes);
        } catch (InvalidPasswordException e) {
            return SourceLookup.passwordProtected();
        } catch (RuntimeException e) {
            // PDFBox reports some damaged files with unchecked exceptions
            throw new IOException("not a readable PDF", e);
        }
    }

    private static SourceLookup find(PDDocument pdf, int maxBytes) throws IOException {
        COSDictionary tree = embeddedFiles(pdf);
        EmbeddedFileTree.Result result = tree == null ? EmbeddedFileTree.Result.NONE
                : EmbeddedFileTree.find(tree, EmbeddedQuestionnaire::isQuestionnaireSpec);
        if (result.malformed()) {
            return SourceLookup.altered();
        }
        if (result.fileSpec().isEmpty()) {
            return SourceLookup.absent(madeByCharteIa(pdf));
        }
        PDComplexFileSpecification spec = new PDComplexFileSpecification(result.fileSpec().get());
        String name = spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFilename();
        PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
        if (file == null) {
            return SourceLookup.altered();
        }
        byte[] bytes;
        try {
            bytes = BoundedStreamData.read(file.getCOSObject(), maxBytes);
        } catch (BoundedStreamData.TooLarge e) {
            return SourceLookup.tooLarge();
        } catch (IOException e) {
            // a stream cut short or scrambled does not inflate
            return SourceLookup.altered();
        }
        // The writer records the size: fewer bytes means the stream was truncated.
        if (file.getSize() != -1 && file.getSize() != bytes.length) {
            return SourceLookup.altered();
        }
        return SourceAttachment.named(name, bytes).map(SourceLookup::found).orElseGet(SourceLookup::altered);
    }

    private static COSDictionary embeddedFiles(PDDocument pdf) {
        COSDictionary names = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES);
        return names == null ? null : names.getCOSDictionary(COSName.EMBEDDED_FILES);
    }

    private static boolean isQuestionnaireSpec(COSDictionary dictionary) {
        PDComplexFileSpecification spec = new PDComplexFileSpecification(dictionary);
        return isQuestionnaire(spec.getFileUnicode()) || isQuestionnaire(spec.getFilename());
    }

    private static boolean isQuestionnaire(String fileName) {
        return SourceAttachment.YAML_NAME.equals(fileName) || SourceAttachment.JSON_NAME.equals(fileName);
    }

    /** charte-ia as the creator or producer, in the document information or in the XMP metadata. */
    private static boolean madeByCharteIa(PDDocument pdf) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        if (isCharteIa(info.getCreator()) || isCharteIa(info.getProducer())) {
            return true;
        }
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return false;
        }
        String xmp;
        try {
            xmp = new String(BoundedStreamData.read(metadata.getCOSObject(), MAX_XMP_BYTES), StandardCharsets.UTF_8);
        } catch (BoundedStreamData.TooLarge | IOException e) {
            // not charte-ia's metadata, which is a few kilobytes written without a filter or with Flate
            return false;
        }
        return xmp.contains(">" + PdfMetadata.PRODUCER + "</xmp:CreatorTool>")
                || xmp.contains(">" + PdfMetadata.PRODUCER + "</pdf:Producer>");
    }

    private static boolean isCharteIa(String value) {
        return value != null && value.startsWith(PdfMetadata.PRODUCER);
    }
}
