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
 * A platform operator registers a commune's FranceConnect client in tenant-admin: French messages for bad input
 * (nothing saved), the secret stored encrypted and never shown again, the portal's button appearing at once and
 * gone when the registration is removed; an EPCI administrator does not see the form. axe-core on the page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FranceConnectAdminBrowserTest {

    private static final String OPERATOR = "operatrice@franceconnect-admin.test";
    private static final String EPCI_ADMIN = "epci@franceconnect-admin.test";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcClient jdbc;

    private Tenant brest;
    private Tenant epci;
    private Browser browser;

    @BeforeAll
    void provision() throws Exception {
        epci = tenants.epci("242900314", "brest-metropole");
        brest = tenants.commune("29019", "brest", epci.id(), "#1f4e8c", "#2f5d3a");
        tenants.operator(OPERATOR, null);
        tenants.operator(EPCI_ADMIN, epci.id());
        browser = new Browser();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anOperatorRegistersACommuneWithFranceConnectAndItsPortalOffersItAtOnce() {
        SignInPage.open(browser, admin()).signIn(OPERATOR, TestTenants.PASSWORD);
        TenantsPage.current(browser);
        TenantDetailPage.open(browser, admin(), brest);
        assertThat(text("#franceconnect")).contains("FranceConnect n’est pas proposé");

        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Identifiant client (client_id)"), "client brest");
        AdminUi.retype(AdminUi.input(browser, "vaadin-password-field", "Secret client (client_secret)"), "court");
        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Adresse du fournisseur"),
                "http://fcp-low.integ01.dev-franceconnect.fr/api/v2");
        AdminUi.button(browser, "Enregistrer FranceConnect").click();
        browser.waitForVaadin();
        AdminUi.until(browser, d -> text("#franceconnect .form-errors").isBlank() ? null : "shown");
        assertThat(text("#franceconnect .form-errors"))
                .contains("L’identifiant client ne doit contenir que des lettres")
                .contains("Le secret client doit compter de 8 à 500 caractères")
                .contains("L’adresse du fournisseur doit commencer par https://");
        assertAccessible("FranceConnect form, refused");
        assertThat(registrations()).isZero();

        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Identifiant client (client_id)"),
                "0f3b5c4e2a1d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f");
        AdminUi.retype(AdminUi.input(browser, "vaadin-password-field", "Secret client (client_secret)"),
                "secret-de-brest-tres-secret");
        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Adresse du fournisseur"),
                "https://fcp-low.integ01.dev-franceconnect.fr/api/v2/");
        AdminUi.button(browser, "Enregistrer FranceConnect").click();
        browser.waitForVaadin();
        AdminUi.until(browser, d -> text("#franceconnect").contains("FranceConnect est proposé sur le portail")
                ? "saved" : null);
        assertThat(AdminUi.value(AdminUi.input(browser, "vaadin-password-field", "Secret client (client_secret)")))
                .as("the secret is never shown again").isEmpty();
        assertThat(AdminUi.value(AdminUi.input(browser, "vaadin-text-field", "Adresse du fournisseur")))
                .isEqualTo("https://fcp-low.integ01.dev-franceconnect.fr/api/v2");
        assertAccessible("FranceConnect form, saved");
        browser.screenshot("franceconnect-admin");
        assertThat(jdbc.sql("SELECT client_secret FROM platform.franceconnect_clients WHERE tenant_id = ?")
                .param(brest.id().value()).query(String.class).single()).startsWith("v1:test:")
                .doesNotContain("secret-de-brest");

        try (Browser citizen = new Browser()) {
            new CitizenPortalPage(citizen, portal()).open("/mon-compte/connexion");
            assertThat(citizen.findAll(By.id("franceconnect"))).hasSize(1);
        }

        AdminUi.button(browser, "Retirer FranceConnect").click();
        browser.waitForVaadin();
        AdminUi.until(browser, d -> text("#franceconnect").contains("n’est pas proposé") ? "removed" : null);
        try (Browser citizen = new Browser()) {
            new CitizenPortalPage(citizen, portal()).open("/mon-compte/connexion");
            assertThat(citizen.findAll(By.id("franceconnect"))).isEmpty();
        }
    }

    @Test
    void anEpciAdministratorDoesNotManageFranceConnect() {
        try (Browser own = new Browser()) {
            SignInPage.open(own, admin()).signIn(EPCI_ADMIN, TestTenants.PASSWORD);
            TenantsPage.current(own);
            TenantDetailPage.open(own, admin(), brest);
            assertThat(own.findAll(By.id("franceconnect"))).isEmpty();
        }
    }

    private int registrations() {
        return jdbc.sql("SELECT count(*) FROM platform.franceconnect_clients WHERE tenant_id = ?")
                .param(brest.id().value()).query(Integer.class).single();
    }

    private String text(String selector) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", selector));
    }

    private void assertAccessible(String where) {
        var violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as("axe-core on %s:%s", where, Browser.describe(violations)).isEmpty();
    }

    private String admin() {
        return "http://admin.localhost:" + port;
    }

    private String portal() {
        return "http://brest.localhost:" + port;
    }
}
