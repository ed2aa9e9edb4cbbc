package fr.charteia.web.room;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The participants' address as a QR code: drawn in the terminal with Unicode half blocks, and as an SVG
 * path for the printable poster. The code holds the login page's address only, never the access code: a
 * phone's history or a photo of the screen then keeps no secret, and the code is typed once per browser.
 */
public final class PosterQrCode {

    /** The blank modules around the code that readers need, on every side. */
    public static final int QUIET_ZONE = 2;

    private final BitMatrix matrix;

    private PosterQrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    /** The QR code of {@code text}, medium error correction (a poster gets folded and pinned). */
    public static PosterQrCode of(String text) {
        try {
            // zxing's own margin is not used: this class draws its quiet zone itself
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            return new PosterQrCode(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("an address too long for a QR code: " + text.length() + " characters", e);
        }
    }

    /** Modules on a side, without the quiet zone. */
    public int size() {
        return matrix.getWidth();
    }

    /** Whether the module at column {@code x}, row {@code y} is dark; outside the code, light. */
    public boolean dark(int x, int y) {
        return x >= 0 && y >= 0 && x < size() && y < size() && matrix.get(x, y);
    }

    /** The SVG view box's side: the code and its quiet zone. */
    public int side() {
        return size() + 2 * QUIET_ZONE;
    }

    /**
     * The dark modules as one SVG path, one unit per module, offset by the quiet zone: the poster's
     * template draws it as {@code <path d="…">}, with nothing a page must not contain.
     */
    public String svgPath() {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            int x = 0;
            while (x < size()) {
                if (!dark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size() && dark(x, y)) {
                    x++;
                }
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return path.toString();
    }

    /**
     * The code for a terminal, two module rows per line. Light modules are drawn (█ ▀ ▄), dark ones left
     * blank: on the usual dark terminal background the code reads as printed, dark on light.
     */
    public String terminal() {
        StringBuilder text = new StringBuilder();
        for (int y = -QUIET_ZONE; y < size() + QUIET_ZONE; y += 2) {
            for (int x = -QUIET_ZONE; x < size() + QUIET_ZONE; x++) {
                boolean top = !dark(x, y);
                boolean bottom = y + 1 < size() + QUIET_ZONE && !dark(x, y + 1);
                text.append(top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
