package fr.charteia.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The home page in a real browser: content, accessibility, keyboard, small screens, drafts. */
class HomePageIT {

    static final String DRAFT_STEP = "/drafts/[0-9a-f]{16}/steps/1";

    static Browser browser;
    static ServerUnderTest server;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Each test gets its own server and workspace (on loopback every browser shares the workspace's
     * drafts) and comes as a new visitor at desktop size.
     */
    @BeforeEach
    void startServer(@TempDir Path workspace) {
        server = ServerUnderTest.start(workspace);
        browser.clearCookies();
        browser.resize(1280, 900);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void homePageIsTitledAndHasNoSeriousAccessibilityViolation() {
        browser.open(server.at("/"));

        assertThat(browser.find("h1").getText()).isEqualTo("Vos chartes d'usage de l'IA");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.mainText()).contains("Aucun brouillon pour l'instant : commencez ci-dessous.");
        Axe.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "home-empty-desktop");
    }

    @Test
    void keyboardAloneReachesTheSkipLinkThenEveryFormButtonWithAVisibleFocus() {
        browser.open(server.at("/"));

        WebElement first = tab();
        assertThat(first.getAttribute("class")).isEqualTo("skip");
        assertThat(first.getText()).isEqualTo("Aller au contenu");
        assertVisibleFocus(first);
        assertThat(first.getRect().getX()).as("the skip link comes on screen when focused").isGreaterThanOrEqualTo(0);

        List<String> buttons = new ArrayList<>();
        for (int i = 0; i < 30 && buttons.size() < 3; i++) {
            WebElement focused = tab();
            assertVisibleFocus(focused);
            if (focused.getTagName().equals("button")) {
                buttons.add(focused.getText());
            }
        }
        assertThat(buttons).containsExactly("Commencer avec le questionnaire de départ",
                "Commencer avec cet exemple", "Importer ce fichier");
    }

    @Test
    void noHorizontalScrollAtPhoneWidthNorAt200PercentZoom() {
        startFromSample("urgences-adultes");
        browser.open(server.at("/"));

        browser.resize(375, 812);
        browser.open(server.at("/"));
        assertNoHorizontalScroll("375 px wide");
        Screenshots.take(browser, "home-phone");

        // 200 % zoom of a 1280 × 800 window: a 640 × 400 CSS-pixel layout drawn twice as large
        browser.zoom(1280, 800, 200);
        browser.open(server.at("/"));
        assertThat((Number) browser.script("return window.innerWidth;")).isEqualTo(640L);
        assertNoHorizontalScroll("200 % zoom");
        Screenshots.take(browser, "home-zoom-200");

        browser.resize(1280, 900);
        browser.open(server.at("/"));
        Screenshots.take(browser, "home-desktop");
    }

    @Test
    void aDraftStartedFromASampleIsListedThenDeletedAfterConfirmation() {
        startFromSample("urgences-adultes");
        assertThat(browser.currentUri().getPath()).matches(DRAFT_STEP);
        String draftPath = browser.currentUri().getPath().replace("/steps/1", "");

        browser.open(server.at("/"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.drafts tbody tr"));
        assertThat(rows).hasSize(1);
        WebElement row = rows.get(0);
        assertThat(row.findElement(By.cssSelector("th")).getText()).isEqualTo("Urgences adultes (SAU)");
        assertThat(row.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("1 avertissement(s), prêt");
        Axe.assertNoSeriousViolations(browser);

        row.findElement(By.partialLinkText("Supprimer")).click();
        assertThat(browser.currentUri().getPath()).isEqualTo(draftPath + "/delete");
        assertThat(browser.find("h1").getText()).isEqualTo("Supprimer ce brouillon ?");
        assertThat(browser.mainText()).contains("Vous allez supprimer le brouillon Urgences adultes (SAU)");
        Axe.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "delete-confirmation");

        browser.clickAndAwaitNextPage(browser.find("button.danger"));
        assertThat(browser.currentUri().getPath()).isEqualTo("/");
        assertThat(browser.driver().findElements(By.cssSelector("table.drafts"))).isEmpty();
        assertThat(browser.mainText()).contains("Aucun brouillon pour l'instant : commencez ci-dessous.");

        browser.open(server.at(draftPath + "/delete"));
        assertThat(browser.find("h1").getText()).isEqualTo("Page introuvable");
    }

    @Test
    void cancellingTheDeletionKeepsTheDraft() {
        startFromSample("imagerie-medicale");
        browser.open(server.at("/"));
        browser.driver().findElement(By.partialLinkText("Supprimer")).click();

        browser.driver().findElement(By.linkText("Non, revenir aux brouillons")).click();

        assertThat(browser.currentUri().getPath()).isEqualTo("/");
        assertThat(browser.find("table.drafts tbody th").getText()).isEqualTo("Imagerie médicale");
    }

    @Test
    void theNotFoundPageSaysWhereToGoAndHasNoSeriousAccessibilityViolation() {
        browser.open(server.at("/drafts/..%2F..%2Fetc%2Fpasswd"));

        assertThat(browser.find("h1").getText()).isEqualTo("Page introuvable");
        assertThat(browser.mainText()).contains("Cette page n'existe pas, ou ce brouillon n'est pas l'un des vôtres.");
        Axe.assertNoSeriousViolations(browser);
        browser.driver().findElement(By.linkText("Revenir à l'accueil")).click();
        assertThat(browser.find("h1").getText()).isEqualTo("Vos chartes d'usage de l'IA");
    }

    /** Starts a draft the way a user does: choose a sample in the list, press its button. */
    static void startFromSample(String sample) {
        browser.open(server.at("/"));
        WebElement select = browser.find("#sample");
        new Select(select).selectByValue("sample:" + sample);
        browser.clickAndAwaitNextPage(select.findElement(By.xpath("ancestor::form//button")));
    }

    private static WebElement tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        return browser.driver().switchTo().activeElement();
    }

    private static void assertVisibleFocus(WebElement focused) {
        String describe = focused.getTagName() + " « " + focused.getText() + " »";
        assertThat(focused.getCssValue("outline-style")).as("outline style of %s", describe).isNotEqualTo("none");
        assertThat(focused.getCssValue("outline-width")).as("outline width of %s", describe).isNotIn("0px", "");
    }

    private static void assertNoHorizontalScroll(String where) {
        Number scrollWidth = browser.script("return document.documentElement.scrollWidth;");
        // The viewport less its vertical scroll bar: what overflows it brings a horizontal one
        Number clientWidth = browser.script("return document.documentElement.clientWidth;");
        Number innerWidth = browser.script("return window.innerWidth;");
        assertThat(scrollWidth.intValue()).as("page width at %s", where)
                .isLessThanOrEqualTo(clientWidth.intValue()).isLessThanOrEqualTo(innerWidth.intValue());
    }
}
