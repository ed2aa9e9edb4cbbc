package fr.charteia.render.docx;

import fr.charteia.document.SourceAttachment;
import fr.charteia.document.SourceLookup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The questionnaire inside the Word file, stored twice.
 *
 * <p>In custom document properties ({@code docProps/custom.xml}), which office suites keep when
 * they re-save a file: gzip, then Base64, cut into numbered text properties of
 * {@value #PIECE_LENGTH} characters (Word's property dialog holds no more per value), with the
 * number of pieces, the file name (which says YAML or JSON) and a SHA-256 of the original bytes,
 * so that a piece lost or cut short is noticed instead of giving a wrong questionnaire.
 * LibreOffice 7.4 measured: it keeps 1,200 such properties and values of 2,000,000 characters
 * intact, sorts them by name and turns integer values into reals, so the count is stored as text.
 *
 * <p>And as a part of its own ({@value #PART_NAME_YAML} or {@code .json}), linked from the package
 * by a relationship of charte-ia's own type: the plain file for anyone who unzips the document,
 * and what versions of charte-ia before the properties read. LibreOffice drops that part on
 * re-saving; the properties are what survives.
 */
public final class DocxSourcePart {

    static final String PART_NAME_YAML = "/charte-ia/questionnaire.yaml";
    static final String PART_DIRECTORY = "/charte-ia/";
    static final String RELATIONSHIP = "https://charte-ia.fr/relationships/source-questionnaire";

    static final String PREFIX = "charte-ia.questionnaire";
    /** The file name: questionnaire.yaml or questionnaire.json. */
    static final String NAME = PREFIX;
    static final String PARTS = PREFIX + ".parts";
    static final String SHA256 = PREFIX + ".sha256";
    static final int PIECE_LENGTH = 255;

    private DocxSourcePart() {
    }

    static void attach(XWPFDocument document, SourceAttachment source) throws IOException {
        attachPart(document.getPackage(), source);
        POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
        List<String> pieces = pieces(source.bytes());
        custom.addProperty(NAME, source.fileName());
        custom.addProperty(PARTS, String.valueOf(pieces.size()));
        custom.addProperty(SHA256, sha256(source.bytes()));
        for (int i = 0; i < pieces.size(); i++) {
            custom.addProperty(pieceName(i + 1), pieces.get(i));
        }
    }

    private static void attachPart(OPCPackage opc, SourceAttachment source) throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(PART_DIRECTORY + source.fileName());
            PackagePart part = opc.createPart(name, source.mediaType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(source.bytes());
            }
            opc.addRelationship(name, TargetMode.INTERNAL, RELATIONSHIP, "rIdCharteIaSource");
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the questionnaire part: " + e.getMessage(), e);
        }
    }

    /** The questionnaire stored in a Word file by charte-ia, if there is one intact. */
    public static Optional<byte[]> read(byte[] docx) throws IOException {
        return find(docx).source().map(SourceAttachment::bytes);
    }

    /**
     * The questionnaire stored in a Word file, or why it is not there.
     *
     * @throws IOException when the file is not a Word package at all
     */
    public static SourceLookup find(byte[] docx) throws IOException {
        return find(docx, SourceAttachment.MAX_BYTES);
    }

    /**
     * The questionnaire stored in a Word file, or why it is not there, reading no more than
     * {@code maxBytes} of it (past that, {@link SourceLookup.Outcome#TOO_LARGE}).
     *
     * @throws IOException when the file is not a Word package at all
     */
    public static SourceLookup find(byte[] docx, int maxBytes) throws IOException {
        try (InputStream in = new ByteArrayInputStream(docx); OPCPackage opc = OPCPackage.open(in)) {
            Optional<SourceAttachment> fromPart;
            try {
                fromPart = fromPart(opc, maxBytes);
            } catch (TooLarge e) {
                return SourceLookup.tooLarge();
            }
            if (fromPart.isPresent()) {
                return SourceLookup.found(fromPart.get());
            }
            POIXMLProperties properties = new POIXMLProperties(opc);
            CTProperty count = properties.getCustomProperties().getProperty(PARTS);
            if (count != null) {
                return fromProperties(properties.getCustomProperties(), count);
            }
            return SourceLookup.absent(madeByCharteIa(properties));
        } catch (InvalidFormatException | XmlException | RuntimeException e) {
            // POI reports a file that is not a Word package with unchecked exceptions of several kinds.
            throw new IOException("not a Word file: " + e.getMessage(), e);
        } catch (OpenXML4JException e) {
            throw new IOException("not a Word file: " + e.getMessage(), e);
        }
    }

    /** More bytes than the limit: reading stopped there. */
    private static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static Optional<SourceAttachment> fromPart(OPCPackage opc, int maxBytes)
            throws InvalidFormatException, IOException, TooLarge {
        for (PackageRelationship relationship : opc.getRelationshipsByType(RELATIONSHIP)) {
            PackagePart part = opc.getPart(relationship);
            if (part != null) {
                String name = part.getPartName().getName();
                try (InputStream stored = part.getInputStream()) {
                    byte[] bytes = stored.readNBytes(maxBytes + 1);
                    if (bytes.length > maxBytes) {
                        throw new TooLarge();
                    }
                    return SourceAttachment.named(name.substring(name.lastIndexOf('/') + 1), bytes);
                }
            }
        }
        return Optional.empty();
    }

    private static SourceLookup fromProperties(POIXMLProperties.CustomProperties custom, CTProperty count) {
        int expected;
        try {
            expected = (int) Double.parseDouble(text(count));
        } catch (NumberFormatException e) {
            return SourceLookup.altered();
        }
        // One pass over the properties, then pieces looked up by name: a count written as two billion
        // is not looped over, and thousands of pieces are not each searched for from the start.
        Map<String, CTProperty> pieces = new HashMap<>();
        for (CTProperty property : custom.getUnderlyingProperties().getPropertyList()) {
            if (property.getName() != null && property.getName().startsWith(PREFIX + ".")) {
                pieces.putIfAbsent(property.getName(), property);
            }
        }
        if (expected < 1 || expected > pieces.size()) {
            int found = (int) pieces.keySet().stream().filter(key -> key.matches("\\Q" + PREFIX + ".\\E\\d{4,}")).count();
            return SourceLookup.incomplete(found, Math.max(expected, 0));
        }
        StringBuilder base64 = new StringBuilder();
        int found = 0;
        for (int i = 1; i <= expected; i++) {
            CTProperty piece = pieces.get(pieceName(i));
            if (piece != null) {
                found++;
                base64.append(text(piece));
            }
        }
        if (found < expected) {
            return SourceLookup.incomplete(found, expected);
        }
        CTProperty name = custom.getProperty(NAME);
        CTProperty sha256 = custom.getProperty(SHA256);
        try {
            byte[] bytes = gunzip(Base64.getDecoder().decode(base64.toString()));
            if (name == null || sha256 == null || !sha256(bytes).equals(text(sha256).toLowerCase(Locale.ROOT))) {
                return SourceLookup.altered();
            }
            return SourceAttachment.named(text(name), bytes).map(SourceLookup::found).orElseGet(SourceLookup::altered);
        } catch (IllegalArgumentException | IOException e) {
            // not Base64, not gzip, cut short, or larger than any questionnaire
            return SourceLookup.altered();
        }
    }

    /** A trace of charte-ia that office suites tend to keep even when they drop the questionnaire. */
    private static boolean madeByCharteIa(POIXMLProperties properties) {
        boolean customTrace = properties.getCustomProperties().getUnderlyingProperties().getPropertyList().stream()
                .anyMatch(property -> property.getName() != null && property.getName().startsWith("charte-ia"));
        String application = properties.getExtendedProperties().getApplication();
        String lastModifiedBy = properties.getCoreProperties().getLastModifiedByUser();
        return customTrace
                || application != null && application.startsWith(DocxProperties.APPLICATION)
                || DocxProperties.APPLICATION.equals(lastModifiedBy);
    }

    /** The value of a property as text, whatever type an office suite turned it into. */
    private static String text(CTProperty property) {
        if (property.isSetLpwstr()) {
            return property.getLpwstr();
        }
        if (property.isSetI4()) {
            return String.valueOf(property.getI4());
        }
        if (property.isSetR8()) {
            return String.valueOf(property.getR8());
        }
        if (property.isSetBstr()) {
            return property.getBstr();
        }
        return "";
    }

    static String pieceName(int number) {
        return String.format(Locale.ROOT, "%s.%04d", PREFIX, number);
    }

    static List<String> pieces(byte[] bytes) {
        String base64 = Base64.getEncoder().encodeToString(gzip(bytes));
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < base64.length(); start += PIECE_LENGTH) {
            pieces.add(base64.substring(start, Math.min(base64.length(), start + PIECE_LENGTH)));
        }
        return pieces;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bytes = in.readNBytes(SourceAttachment.MAX_BYTES + 1);
            if (bytes.length > SourceAttachment.MAX_BYTES) {
                throw new IOException("larger than any questionnaire");
            }
            return bytes;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
