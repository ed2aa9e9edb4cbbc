package fr.charteia.load;

import fr.charteia.document.Logo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads and checks the organisation's logo before anything is written: PNG or JPEG, readable, sane size. */
public final class LogoReader {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private LogoReader() {
    }

    public static Logo read(Path file, String description) {
        if (!Files.isRegularFile(file)) {
            throw new LogoException(LogoException.Reason.MISSING, file);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new LogoException(LogoException.Reason.TOO_LARGE, file);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LogoException(LogoException.Reason.UNREADABLE, file);
        }
        Logo.Format format = formatOf(bytes);
        if (format == null) {
            throw new LogoException(LogoException.Reason.NOT_PNG_OR_JPEG, file);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new LogoException(LogoException.Reason.UNREADABLE, file);
        }
        return new Logo(bytes, format, image.getWidth(), image.getHeight(), description);
    }

    /** By signature, not by name: a renamed file must not reach the writers. */
    private static Logo.Format formatOf(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Logo.Format.PNG;
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Logo.Format.JPEG;
        }
        return null;
    }
}
