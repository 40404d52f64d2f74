package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.tenancy.Tenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A platform operator sets a commune's API Particulier access in tenant-admin: French messages for a missing token, a
 * SIRET with a wrong key and no environment (nothing saved), then the access saved with the token encrypted and never
 * shown again, and removed. axe-core on the page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiParticulierAdminBrowserTest {

    private static final String OPERATOR = "operatrice@api-particulier-admin.test";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcClient jdbc;

    private Tenant villeurbanne;
    private Browser browser;

    @BeforeAll
    void provision() throws Exception {
        villeurbanne = tenants.commune("69266", "villeurbanne", null, "#1f4e8c", "#2f5d3a");
        tenants.operator(OPERATOR, null);
        browser = new Browser();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anOperatorSavesACommunesAccessWithItsTokenEncryptedAndRemovesIt() {
        SignInPage.open(browser, "http://admin.localhost:" + port).signIn(OPERATOR, TestTenants.PASSWORD);
        TenantsPage.current(browser);
        TenantDetailPage.open(browser, "http://admin.localhost:" + port, villeurbanne);
        assertThat(text("#api-particulier")).contains("API Particulier n’est pas configuré");

        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "SIRET de la collectivité (destinataire)"),
                "216 902 668 00014");
        browser.click(AdminUi.button(browser, "Enregistrer API Particulier"));
        browser.waitForVaadin();
        AdminUi.until(browser, d -> text("#api-particulier .form-errors").isBlank() ? null : "shown");
        assertThat(text("#api-particulier .form-errors"))
                .contains("Saisissez le jeton d’accès délivré avec l’habilitation API Particulier.")
                .contains("Ce numéro SIRET n’existe pas")
                .contains("Choisissez l’environnement d’API Particulier");
        browser.assertAccessible();
        assertThat(accesses()).isZero();

        browser.click(browser.find(By.xpath("//*[@id='api-particulier-environment']//vaadin-radio-button"
                + "[contains(., 'Test (staging')]//input")));
        browser.waitForVaadin();
        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "SIRET de la collectivité (destinataire)"),
                "216 902 668 00013");
        AdminUi.retype(AdminUi.input(browser, "vaadin-password-field", "Jeton d'accès"),
                "eyJhbGciOiJIUzI1NiJ9.jeton-de-villeurbanne.signature");
        browser.click(AdminUi.button(browser, "Enregistrer API Particulier"));
        browser.waitForVaadin();
        AdminUi.until(browser, d -> text("#api-particulier").contains("est utilisé par les formulaires") ? "saved"
                : null);
        assertThat(AdminUi.value(AdminUi.input(browser, "vaadin-password-field", "Jeton d'accès")))
                .as("the token is never shown again").isEmpty();
        browser.assertAccessible();
        browser.screenshot("api-particulier-admin");
        assertThat(jdbc.sql("SELECT token || '|' || siret || '|' || base_url FROM platform.api_particulier_access"
                + " WHERE tenant_id = ?").param(villeurbanne.id().value()).query(String.class).single())
                .startsWith("v1:test:").doesNotContain("jeton-de-villeurbanne")
                .endsWith("|21690266800013|https://staging.particulier.api.gouv.fr");

        browser.click(AdminUi.button(browser, "Retirer API Particulier"));
        browser.waitForVaadin();
        AdminUi.until(browser, d -> text("#api-particulier").contains("n’est pas configuré") ? "removed" : null);
        assertThat(accesses()).isZero();
    }

    private int accesses() {
        return jdbc.sql("SELECT count(*) FROM platform.api_particulier_access WHERE tenant_id = ?")
                .param(villeurbanne.id().value()).query(Integer.class).single();
    }

    private String text(String selector) {
        return browser.findAll(By.cssSelector(selector)).isEmpty() ? "" : browser.text(By.cssSelector(selector));
    }
}
