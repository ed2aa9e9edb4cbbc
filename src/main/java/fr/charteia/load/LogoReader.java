package fr.charteia.load;

import fr.charteia.document.Logo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads and checks the organisation's logo before anything is written: a PNG or JPEG file inside
 * the questionnaire's folder, of a sane size in bytes and in pixels, readable.
 *
 * <p>The documents are shared: a path that leaves the questionnaire's folder (absolute, {@code ..},
 * or a symbolic link) could put any image of the machine in them, so it is refused. The pixels are
 * counted from the image's header before it is decoded: a small file can describe an image that
 * needs gigabytes of memory once decoded.
 */
public final class LogoReader {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The widest and tallest logo accepted, in pixels; a header logo needs a few hundred. */
    public static final int MAX_SIDE_PX = 4000;

    private LogoReader() {
    }

    /**
     * The logo named {@code named} in a questionnaire whose folder is {@code folder} (as the user
     * named it: messages show the file from there).
     */
    public static Logo read(Path folder, String named, String description) {
        if (isAbsolute(named)) {
            throw new LogoException(LogoException.Reason.ABSOLUTE, Path.of(""), Map.of());
        }
        Path file;
        try {
            file = folder.resolve(named);
        } catch (InvalidPathException e) {
            // under a locale that is not UTF-8 (LANG=C), Java cannot write an accented name for the system
            throw new LogoException(LogoException.Reason.NAME_NOT_ENCODABLE, Path.of(""),
                    Map.of("encoding", System.getProperty("sun.jnu.encoding", "?")));
        }
        Path base = folder.toAbsolutePath().normalize();
        if (!base.resolve(named).normalize().startsWith(base)) {
            throw new LogoException(LogoException.Reason.OUTSIDE_FOLDER, file, Map.of("folder", shown(folder)));
        }
        Optional<PathTrouble> trouble = PathTrouble.of(file);
        if (trouble.isPresent()) {
            throw new LogoException(LogoException.Reason.valueOf(trouble.get().name()), file, Map.of());
        }
        Path real;
        try {
            if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                // a folder, a device such as /dev/zero or a FIFO: never opened, which could block or never end
                throw new LogoException(LogoException.Reason.NOT_A_FILE, file, Map.of("kind", SpecialFile.of(file).name()));
            }
            real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                throw new LogoException(LogoException.Reason.OUTSIDE_BY_LINK, file, Map.of("folder", shown(folder)));
            }
        } catch (IOException e) {
            throw new LogoException(LogoException.Reason.valueOf(PathTrouble.of(file, e).name()), file, Map.of());
        }
        return read(real, file, description);
    }

    /** {@code real}, already known to be inside the folder; {@code file} is how messages name it. */
    private static Logo read(Path real, Path file, String description) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                // replaced since it was looked at: still never opened
                throw new LogoException(LogoException.Reason.NOT_A_FILE, file, Map.of("kind", SpecialFile.of(real).name()));
            }
            if (attributes.size() > MAX_BYTES) {
                throw new LogoException(LogoException.Reason.TOO_LARGE, file, Map.of());
            }
            try (InputStream in = Files.newInputStream(real)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new LogoException(LogoException.Reason.UNREADABLE, file, Map.of());
        }
        if (bytes.length > MAX_BYTES) {
            throw new LogoException(LogoException.Reason.TOO_LARGE, file, Map.of());
        }
        Logo.Format format = formatOf(bytes);
        if (format == null) {
            throw new LogoException(LogoException.Reason.NOT_PNG_OR_JPEG, file, Map.of());
        }
        BufferedImage image = decode(bytes, file);
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new LogoException(LogoException.Reason.UNREADABLE, file, Map.of());
        }
        return new Logo(bytes, format, image.getWidth(), image.getHeight(), description);
    }

    /** The image, once its header has shown a size within the limit; null if it cannot be read. */
    private static BufferedImage decode(byte[] bytes, Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE_PX || height > MAX_SIDE_PX) {
                    throw new LogoException(LogoException.Reason.TOO_MANY_PIXELS, file,
                            Map.of("width", String.valueOf(width), "height", String.valueOf(height)));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LogoException logo) {
                throw logo;
            }
            return null;
        }
    }

    /** Absolute on this system or on another one: a questionnaire travels between machines. */
    private static boolean isAbsolute(String named) {
        return named.startsWith("/") || named.startsWith("\\") || named.matches("(?s)^[A-Za-z]:.*")
                || isAbsoluteHere(named);
    }

    private static boolean isAbsoluteHere(String named) {
        try {
            return Path.of(named).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String shown(Path folder) {
        return folder.toString().isEmpty() ? "." : folder.toString();
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
