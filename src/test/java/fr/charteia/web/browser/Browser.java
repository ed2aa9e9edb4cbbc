package fr.charteia.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through its own chromedriver, with a fresh profile in a temporary
 * folder: no cookie, cache or setting leaks from one test class to the next. {@link #close()} quits the
 * browser and the driver and deletes the profile.
 */
final class Browser implements AutoCloseable {

    // Selenium warns on every start that it has no DevTools bindings for this Chromium version; the
    // tests only send raw CDP commands, which need none. Held here: java.util.logging keeps loggers weakly
    private static final Logger CDP_VERSIONS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private final DebianChromiumDriver driver;
    private final Path profile;

    private Browser(DebianChromiumDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser with a window of {@code width} × {@code height} CSS pixels. */
    static Browser start(int width, int height) {
        BrowserTools.require();
        Path profile;
        try {
            profile = Files.createTempDirectory("charteia-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserTools.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTools.CHROMIUM.toFile());
        // No network beyond the server under test: no update checks, sync, or QUIC probes
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        try {
            DebianChromiumDriver driver = new DebianChromiumDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Browser browser = new Browser(driver, profile);
            browser.resize(width, height);
            return browser;
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw e;
        }
    }

    DebianChromiumDriver driver() {
        return driver;
    }

    void open(URI address) {
        driver.get(address.toString());
    }

    URI currentUri() {
        return URI.create(driver.getCurrentUrl());
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    /**
     * Clicks a button that posts its form and waits (bounded) for the page the server answers with: under
     * load the click returns before the redirect, and a test reading the address at once reads the old one.
     */
    void clickAndAwaitNextPage(WebElement button) {
        script("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> gone(button));
        wait.until(d -> "complete".equals(script("return document.readyState;")));
    }

    /**
     * Whether the page that held {@code element} was replaced. Mid-navigation Chromium may answer « node
     * does not belong to the document » rather than « stale element »: both mean gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** The text the user reads in the page's main region. */
    String mainText() {
        return find("main").getText();
    }

    @SuppressWarnings("unchecked")
    <T> T script(String javascript, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Sets the viewport (the page's {@code window.innerWidth/innerHeight}) rather than the outer window,
     * so widths mean what CSS media queries see.
     */
    void resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Zooms like the browser's zoom control: a 1280-pixel-wide window at {@code percent} % lays the page
     * out in 1280 × 100 / percent CSS pixels, each drawn larger.
     */
    void zoom(int windowWidth, int windowHeight, int percent) {
        double factor = percent / 100.0;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", (int) Math.round(windowWidth / factor), "height", (int) Math.round(windowHeight / factor),
                "deviceScaleFactor", factor, "mobile", false));
    }

    /** Forgets every cookie, for every site: the next page starts a new session. */
    void clearCookies() {
        driver.executeCdpCommand("Storage.clearCookies", Map.of());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile file Chromium still held is left in the temporary folder; it holds nothing of value
        }
    }
}
