package fr.charteia.render.docx;

import fr.charteia.document.SourceAttachment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * The questionnaire as a part of its own in the Word package, linked from the package by a
 * relationship of charte-ia's own type. Word and LibreOffice keep parts they do not know and
 * ignore them.
 */
public final class DocxSourcePart {

    static final String PART_NAME = "/charte-ia/questionnaire.yaml";
    static final String RELATIONSHIP = "https://charte-ia.fr/relationships/source-questionnaire";

    private DocxSourcePart() {
    }

    static void attach(OPCPackage opc, SourceAttachment source) throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(PART_NAME);
            PackagePart part = opc.createPart(name, source.mediaType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(source.bytes());
            }
            opc.addRelationship(name, TargetMode.INTERNAL, RELATIONSHIP, "rIdCharteIaSource");
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the questionnaire part: " + e.getMessage(), e);
        }
    }

    /** The questionnaire stored in a Word file by charte-ia, if there is one. */
    public static Optional<byte[]> read(byte[] docx) throws IOException {
        try (InputStream in = new ByteArrayInputStream(docx); OPCPackage opc = OPCPackage.open(in)) {
            PackageRelationshipCollection relationships = opc.getRelationshipsByType(RELATIONSHIP);
            for (PackageRelationship relationship : relationships) {
                PackagePart part = opc.getPart(relationship);
                if (part != null) {
                    try (InputStream stored = part.getInputStream()) {
                        return Optional.of(stored.readAllBytes());
                    }
                }
            }
            return Optional.empty();
        } catch (InvalidFormatException | RuntimeException e) {
            // POI reports a file that is not a Word package with unchecked exceptions of several kinds.
            throw new IOException("not a Word file: " + e.getMessage(), e);
        }
    }
}
