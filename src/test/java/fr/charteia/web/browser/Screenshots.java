package fr.charteia.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/** PNG pictures of whole pages, for people to look at: {@code target/screenshots/NAME.png}. */
final class Screenshots {

    static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** The current page from top to bottom, however long, at the current viewport width. */
    static Path take(Browser browser, String name) {
        // Chromium lays the page out again at the full height to capture it, with no vertical scroll bar,
        // so the picture is as wide as the whole viewport
        Number width = browser.script("return window.innerWidth;");
        Number height = browser.script("return Math.max(document.documentElement.scrollHeight, window.innerHeight);");
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        if (!(shot.get("data") instanceof String)) {
            throw new IllegalStateException("no picture from Chromium: " + shot.keySet() + " " + width + "x" + height);
        }
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
