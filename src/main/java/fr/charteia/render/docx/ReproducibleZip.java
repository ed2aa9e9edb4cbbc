package fr.charteia.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Repacks a zip so that its bytes depend only on its content: entries in a fixed order
 * ([Content_Types].xml first, as Office writes it, then by name), every entry with the same
 * local date and time (no time zone involved, no extra timestamp fields), the same compression.
 */
final class ReproducibleZip {

    static final String CONTENT_TYPES = "[Content_Types].xml";
    /** The earliest time a zip entry can hold. */
    static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** The latest: later times would need an extra field whose value depends on the time zone. */
    static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private static final Comparator<String> ORDER = Comparator
            .comparing((String name) -> !name.equals(CONTENT_TYPES))
            .thenComparing(Comparator.naturalOrder());

    private ReproducibleZip() {
    }

    static byte[] repack(byte[] zip, LocalDateTime entryTime) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(ORDER);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        LocalDateTime time = entryTime.isBefore(DOS_EPOCH) ? DOS_EPOCH
                : entryTime.isAfter(DOS_END) ? DOS_END : entryTime.withNano(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry written = new ZipEntry(entry.getKey());
                written.setTimeLocal(time);
                written.setMethod(ZipEntry.DEFLATED);
                zipOut.putNextEntry(written);
                zipOut.write(entry.getValue());
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
