package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.tenancy.Tenant;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A guest submits a published form: e-mail and consent are required, the request gets its reference, the receipt
 * page offers the PDF récépissé (only to the session that submitted), and the request is in the agents' inbox.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionBrowserTest {

    private static final String SLUG = "demande-de-badge-dechetterie";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;

    private Tenant pau;
    private Browser browser;

    @BeforeAll
    void aCommuneWithAPublishedProcedure() throws Exception {
        pau = tenants.commune("64445", "pau", null, "#0b4f6c", "#5b3a00");
        tenants.publishProcedure(pau, new ProcedureDescription("Demande de badge déchetterie",
                "Obtenir le badge d’accès à la déchetterie.", Category.VIE_PRATIQUE, null, null, 7, "Propreté"),
                new PrivacyNotice("Délivrer les badges.", LegalBasis.PUBLIC_TASK, "Un an.", "Service propreté."),
                TestTenants.SIMPLE_FORM);
    }

    @BeforeEach
    void freshBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aGuestSubmitsGetsAReferenceAndAPdfReceiptAndAgentsSeeTheRequest() throws Exception {
        browser.open(base() + "/demarches/" + SLUG + "/formulaire");
        type(By.cssSelector("#champ-nom input"), "Lucie Bernard");
        button("Suivant");
        browser.waitUntil(d -> !d.findElements(By.id("demandeur-courriel")).isEmpty());
        assertAccessible();

        button("Déposer ma demande");
        assertThat(text(By.cssSelector(".form-complete"))).contains("Indiquez votre adresse électronique",
                "Cochez la case");
        type(By.cssSelector("#demandeur-courriel input"), "lucie.bernard@exemple.fr");
        browser.find(By.cssSelector("#demandeur-consentement input")).click();
        button("Déposer ma demande");

        browser.waitUntil(d -> d.getCurrentUrl().contains("/depot/"));
        browser.waitForVaadin();
        assertThat(text(By.tagName("h1"))).isEqualTo("Votre demande est déposée");
        String reference = text(By.cssSelector(".receipt-number")).strip();
        assertThat(reference).matches("PAU-\\d{4}-000001");
        assertAccessible();

        WebElement pdf = browser.find(By.linkText("Télécharger le récépissé (PDF)"));
        URI href = URI.create(pdf.getDomProperty("href"));
        String path = href.getRawPath() + (href.getRawQuery() == null ? "" : "?" + href.getRawQuery());
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        RawHttp.Response receipt = RawHttp.get(port, "pau.localhost", path, "JSESSIONID=" + session.getValue());
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.headers()).contains("application/pdf", "recepisse-" + reference + ".pdf");
        assertThat(receipt.body()).startsWith("%PDF-");

        String receiptPage = browser.driver().getCurrentUrl();
        try (Browser other = new Browser()) {
            other.open(receiptPage);
            assertThat(other.find(By.tagName("h1")).getText()).isEqualTo("Récépissé indisponible");
        }

        SignInPage.open(browser, base()).signIn(TestTenants.agentOf(pau), TestTenants.PASSWORD);
        browser.open(base() + "/agents/demandes");
        browser.find(By.linkText(reference)).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/agents/demandes/[0-9a-f-]{36}"));
        browser.waitForVaadin();
        assertThat(text(By.cssSelector(".request-summary"))).contains("lucie.bernard@exemple.fr", "En ligne");
        assertThat(text(By.cssSelector(".request-answers"))).contains("Nom", "Lucie Bernard");
    }

    private void type(By input, String value) {
        WebElement element = browser.find(input);
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        element.sendKeys(value, Keys.TAB);
        browser.waitForVaadin();
    }

    private void button(String label) {
        WebElement button = browser.find(By.xpath("//vaadin-button[normalize-space(.)='" + label + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                button);
        button.click();
        browser.waitForVaadin();
    }

    private String text(By by) {
        return browser.find(by).getDomProperty("innerText");
    }

    private void assertAccessible() {
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();
    }

    private String base() {
        return "http://pau.localhost:" + port;
    }
}
