package fr.charteia.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every step and the review of complete questionnaires, French and English, as a user sees them on
 * a desktop, on a phone and at 200 % zoom: no serious accessibility violation, no sideways scrolling,
 * the page in the draft's language.
 */
class StepsEverywhereIT {

    static Browser browser;
    static ServerUnderTest server;

    @BeforeAll
    static void start(@TempDir Path workspace) {
        server = ServerUnderTest.start(workspace);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyStepOfAFrenchDraftReadsOnADesktopAPhoneAndAt200PercentZoom() {
        String draft = startFromSample("urgences-adultes");
        for (int step = 1; step <= 10; step++) {
            String page = step == 10 ? draft + "/review" : draft + "/steps/" + step;
            browser.resize(1280, 900);
            browser.open(server.at(page));
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            Axe.assertNoSeriousViolations(browser);
            browser.resize(375, 812);
            assertNoHorizontalScroll(page + " at 375 px");
            if (step == 7) {
                Screenshots.take(browser, "etape-7-telephone");
            }
            browser.zoom(1280, 800, 200);
            assertNoHorizontalScroll(page + " at 200 %");
        }
        browser.resize(1280, 900);
        browser.open(server.at(draft + "/steps/7"));
        Screenshots.take(browser, "etape-7");
    }

    @Test
    void anEnglishDraftIsAskedInEnglish() {
        String draft = startFromSample("paediatrics-en");
        browser.resize(1280, 900);
        for (int step : new int[] {1, 4, 7}) {
            browser.open(server.at(draft + "/steps/" + step));
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(browser.find("h1").getText()).startsWith("Step " + step + " of 10");
            Axe.assertNoSeriousViolations(browser);
        }
        browser.open(server.at(draft + "/review"));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        Axe.assertNoSeriousViolations(browser);
    }

    private static String startFromSample(String sample) {
        browser.resize(1280, 900);
        browser.open(server.at("/"));
        WebElement select = browser.find("#sample");
        new Select(select).selectByValue("sample:" + sample);
        browser.clickAndAwaitNextPage(select.findElement(By.xpath("ancestor::form//button")));
        return browser.currentUri().getPath().replaceAll("/steps/1$", "");
    }

    private static void assertNoHorizontalScroll(String where) {
        Number scrollWidth = browser.script("return document.documentElement.scrollWidth;");
        Number clientWidth = browser.script("return document.documentElement.clientWidth;");
        assertThat(scrollWidth.intValue()).as("page width of %s", where).isLessThanOrEqualTo(clientWidth.intValue());
    }
}
