package fr.charteia.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download: {@code filename="…"} in plain ASCII for every client,
 * plus {@code filename*=UTF-8''…} (RFC 6266, RFC 8187) when the name is not ASCII.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String ascii = ascii(fileName);
        String header = "attachment; filename=\"" + ascii + "\"";
        if (!ascii.equals(fileName)) {
            header += "; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return header;
    }

    /** Accents dropped, anything else outside printable ASCII (and quotes, backslashes) as « _ ». */
    private static String ascii(String fileName) {
        String stripped = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        stripped.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }
}
