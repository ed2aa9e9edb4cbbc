package fr.charteia.render.pdf;

import fr.charteia.document.SourceAttachment;
import fr.charteia.document.SourceLookup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Reads back the questionnaire a generated PDF carries as an embedded (associated) file, or says
 * why it is not there: a PDF re-saved or « printed to PDF » by another programme loses its
 * attachments, and keeps charte-ia as its creator or producer only sometimes.
 */
public final class EmbeddedQuestionnaire {

    private EmbeddedQuestionnaire() {
    }

    /** The questionnaire bytes, if the PDF carries them intact. */
    public static Optional<byte[]> read(byte[] pdfBytes) throws IOException {
        return find(pdfBytes).source().map(SourceAttachment::bytes);
    }

    /**
     * The questionnaire the PDF carries, or why it is not there.
     *
     * @throws IOException when the file is not a PDF PDFBox can open
     */
    public static SourceLookup find(byte[] pdfBytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            Optional<PDComplexFileSpecification> spec = questionnaireSpec(pdf);
            if (spec.isEmpty()) {
                return SourceLookup.absent(madeByCharteIa(pdf));
            }
            String name = spec.get().getFileUnicode() != null ? spec.get().getFileUnicode() : spec.get().getFilename();
            PDEmbeddedFile file = spec.get().getEmbeddedFileUnicode() != null
                    ? spec.get().getEmbeddedFileUnicode() : spec.get().getEmbeddedFile();
            if (file == null) {
                return SourceLookup.altered();
            }
            byte[] bytes;
            try (InputStream in = file.createInputStream()) {
                bytes = in.readNBytes(SourceAttachment.MAX_BYTES + 1);
            } catch (IOException e) {
                // a stream cut short or scrambled does not inflate
                return SourceLookup.altered();
            }
            // The writer records the size: fewer bytes means the stream was truncated.
            if (bytes.length > SourceAttachment.MAX_BYTES || file.getSize() != -1 && file.getSize() != bytes.length) {
                return SourceLookup.altered();
            }
            return SourceAttachment.named(name, bytes).map(SourceLookup::found).orElseGet(SourceLookup::altered);
        }
    }

    private static Optional<PDComplexFileSpecification> questionnaireSpec(PDDocument pdf) throws IOException {
        PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null) {
            return Optional.empty();
        }
        Deque<PDEmbeddedFilesNameTreeNode> nodes = new ArrayDeque<>();
        nodes.push(names.getEmbeddedFiles());
        while (!nodes.isEmpty()) {
            PDEmbeddedFilesNameTreeNode node = nodes.pop();
            Map<String, PDComplexFileSpecification> files = node.getNames();
            if (files != null) {
                for (PDComplexFileSpecification spec : files.values()) {
                    if (isQuestionnaire(spec.getFileUnicode()) || isQuestionnaire(spec.getFilename())) {
                        return Optional.of(spec);
                    }
                }
            }
            if (node.getKids() != null) {
                for (var kid : node.getKids()) {
                    nodes.push((PDEmbeddedFilesNameTreeNode) kid);
                }
            }
        }
        return Optional.empty();
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
        String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        return xmp.contains(">" + PdfMetadata.PRODUCER + "</xmp:CreatorTool>")
                || xmp.contains(">" + PdfMetadata.PRODUCER + "</pdf:Producer>");
    }

    private static boolean isCharteIa(String value) {
        return value != null && value.startsWith(PdfMetadata.PRODUCER);
    }
}
