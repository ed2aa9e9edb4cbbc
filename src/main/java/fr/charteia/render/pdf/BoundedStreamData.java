package fr.charteia.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;

/**
 * The decoded bytes of a PDF stream, read no further than a limit: a few kilobytes that inflate to
 * a gigabyte stop at the limit instead of filling the memory. PDFBox's own decoding inflates the
 * whole stream before anything reads it, so the raw bytes are inflated here. Only what charte-ia
 * writes is decoded (no filter, or FlateDecode without parameters); anything else is refused.
 */
final class BoundedStreamData {

    /** More bytes than the limit: {@link #read} stopped there. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private BoundedStreamData() {
    }

    /**
     * @throws TooLarge   when the stream decodes to more than {@code limit} bytes
     * @throws IOException when it is encoded in a way charte-ia never writes, or does not decode
     */
    static byte[] read(COSStream stream, int limit) throws IOException, TooLarge {
        boolean flate = flate(stream);
        try (InputStream raw = stream.createRawInputStream();
                InputStream decoded = flate ? new InflaterInputStream(raw) : raw) {
            byte[] bytes = decoded.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new TooLarge();
            }
            return bytes;
        }
    }

    private static boolean flate(COSDictionary stream) throws IOException {
        COSBase filters = stream.getDictionaryObject(COSName.FILTER);
        COSBase parameters = stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        if (parameters != null && !(parameters instanceof COSNull)
                && !(parameters instanceof COSArray array && array.size() == 0)) {
            throw new IOException("decode parameters charte-ia never writes");
        }
        if (filters == null || filters instanceof COSNull) {
            return false;
        }
        if (filters instanceof COSArray array) {
            if (array.size() == 0) {
                return false;
            }
            if (array.size() > 1) {
                throw new IOException("several filters");
            }
            filters = array.getObject(0);
        }
        if (COSName.FLATE_DECODE.equals(filters) || COSName.FLATE_DECODE_ABBREVIATION.equals(filters)) {
            return true;
        }
        throw new IOException("a filter charte-ia never writes");
    }
}
