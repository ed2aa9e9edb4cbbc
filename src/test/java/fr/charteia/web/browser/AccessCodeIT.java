package fr.charteia.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;

/** A server open to the network asks each browser for the access code once, then keeps it in a cookie. */
class AccessCodeIT {

    static final String CODE = "salle-de-formation-42";

    @TempDir
    static Path workspace;

    static ServerUnderTest server;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 900);
        server = ServerUnderTest.start(workspace, Optional.of(CODE));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCodeIsAskedAWrongOneIsSaidAtTheFieldAndTheRightOneOpensTheHomePage() {
        browser.open(server.at("/"));
        assertThat(browser.find("h1").getText()).isEqualTo("Code d'accès");
        assertThat(browser.find("label[for=code]").getText()).isEqualTo("Code d'accès");
        Axe.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "login");

        browser.find("#code").sendKeys("pas-le-bon");
        browser.clickAndAwaitNextPage(browser.find("main form button[type=submit]"));

        assertThat(browser.find("h1").getText()).isEqualTo("Code d'accès");
        assertThat(browser.find("#code").getAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = browser.find("#code").getAttribute("aria-describedby");
        assertThat(browser.find("#" + describedBy).getText()).isEqualTo("Ce code n'est pas le bon. Vérifiez-le auprès "
                + "de la personne qui a lancé charte-ia, puis saisissez-le à nouveau.");
        Axe.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "login-wrong-code");

        browser.find("#code").sendKeys(CODE);
        browser.clickAndAwaitNextPage(browser.find("main form button[type=submit]"));

        assertThat(browser.currentUri().getPath()).isEqualTo("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Vos chartes d'usage de l'IA");
        Cookie session = browser.driver().manage().getCookieNamed("charteia_session");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        assertThat((String) browser.script("return document.cookie;")).doesNotContain("charteia_session");

        browser.open(server.at("/"));
        assertThat(browser.find("h1").getText()).as("asked once per browser").isEqualTo("Vos chartes d'usage de l'IA");
    }
}
