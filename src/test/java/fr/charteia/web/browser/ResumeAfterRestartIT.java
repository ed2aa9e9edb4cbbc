package fr.charteia.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A draft survives the server: stopped and started again on the same workspace (on another port), the
 * same browser finds its draft and resumes it. The session cookie stays valid because its signing key
 * lives in the workspace.
 */
class ResumeAfterRestartIT {

    static Browser browser;
    ServerUnderTest server;

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

    @BeforeEach
    void newVisitor() {
        browser.clearCookies();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDraftIsListedAndResumedAfterARestart(@TempDir Path workspace) {
        server = ServerUnderTest.start(workspace);
        String steps = startFromSample("pharmacie-pui");

        server.close();
        server = ServerUnderTest.start(workspace);

        assertResumes(steps, "Pharmacie à usage intérieur (PUI)");
    }

    @Test
    void withAnAccessCodeTheBrowserIsNotAskedAgainAndSeesItsOwnDraft(@TempDir Path workspace) {
        server = ServerUnderTest.start(workspace, Optional.of("garde-de-nuit"));
        browser.open(server.at("/"));
        browser.find("#code").sendKeys("garde-de-nuit");
        browser.clickAndAwaitNextPage(browser.find("main form button[type=submit]"));
        String steps = startFromSample("ressources-humaines");

        server.close();
        server = ServerUnderTest.start(workspace, Optional.of("garde-de-nuit"));

        assertResumes(steps, "Direction des ressources humaines");
    }

    private String startFromSample(String sample) {
        browser.open(server.at("/"));
        WebElement select = browser.find("#sample");
        new Select(select).selectByValue("sample:" + sample);
        select.findElement(By.xpath("ancestor::form//button")).click();
        // the form posts and the server redirects: under load the click returns before the new page
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> !browser.currentUri().getPath().equals("/"));
        String steps = browser.currentUri().getPath();
        assertThat(steps).matches(HomePageIT.DRAFT_STEP);
        return steps;
    }

    private void assertResumes(String steps, String department) {
        browser.open(server.at("/"));
        assertThat(browser.find("h1").getText()).isEqualTo("Vos chartes d'usage de l'IA");
        WebElement row = browser.find("table.drafts tbody tr");
        assertThat(row.findElement(By.cssSelector("th")).getText()).isEqualTo(department);

        row.findElement(By.partialLinkText("Reprendre")).click();

        assertThat(browser.currentUri().getPath()).isEqualTo(steps);
    }
}
