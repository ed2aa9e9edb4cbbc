package fr.charteia.render.pdf;

import fr.charteia.document.SourceAttachment;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Reads back the questionnaire a generated PDF carries as an embedded (associated) file. */
public final class EmbeddedQuestionnaire {

    private EmbeddedQuestionnaire() {
    }

    public static Optional<byte[]> read(byte[] pdfBytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
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
                        if (SourceAttachment.FILE_NAME.equals(spec.getFilename())
                                || SourceAttachment.FILE_NAME.equals(spec.getFileUnicode())) {
                            PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null
                                    ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
                            if (file != null) {
                                return Optional.of(file.toByteArray());
                            }
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
    }
}
