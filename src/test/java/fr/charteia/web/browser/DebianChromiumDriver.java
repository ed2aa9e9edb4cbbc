package fr.charteia.web.browser;

import org.openqa.selenium.chrome.AddHasCdp;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumDriverCommandExecutor;

/**
 * Selenium's ChromeDriver for a chromedriver whose path is known. {@code new ChromeDriver(service,
 * options)} always builds Selenium Manager's driver finder first, and Selenium Manager is left out of
 * the build (it downloads drivers, which cannot work offline): its class is missing and the
 * constructor fails even though the driver path is set. This executor starts the given service
 * directly, with ChromeDriver's DevTools command (without it CDP calls answer an empty map).
 */
final class DebianChromiumDriver extends ChromiumDriver {

    DebianChromiumDriver(ChromeDriverService service, ChromeOptions options) {
        super(new ChromiumDriverCommandExecutor(service, new AddHasCdp().getAdditionalCommands()), options, ChromeOptions.CAPABILITY);
        cdp = new AddHasCdp().getImplementation(getCapabilities(), getExecuteMethod());
    }
}
