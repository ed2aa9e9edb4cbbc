package fr.charteia.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether this machine can run the browser tests: Debian's Chromium and chromedriver, and axe-core from
 * npm. A developer without them gets the tests skipped with the commands to install them; CI
 * ({@code CHARTEIA_BROWSER_TESTS=required}, set by {@code .ci/run}) gets them failed, so a broken
 * install can never pass as green.
 */
final class BrowserTools {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    private BrowserTools() {
    }

    /** Skips (or, on CI, fails) the calling test when a tool is missing. */
    static void require() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need " + String.join(", ", missing)
                + ". Install them with: sudo apt-get install chromium chromium-driver"
                + " && (cd src/test/browser && npm ci)";
        if ("required".equals(System.getenv("CHARTEIA_BROWSER_TESTS"))) {
            fail(message + " (CHARTEIA_BROWSER_TESTS=required)");
        }
        Assumptions.abort(message);
    }

    private static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (package chromium)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " (package chromium-driver)");
        }
        if (!Files.isRegularFile(AXE)) {
            missing.add(AXE + " (npm package axe-core)");
        }
        return missing;
    }
}
