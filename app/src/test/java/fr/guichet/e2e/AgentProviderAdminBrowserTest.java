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
 * An EPCI's administrator gives a member commune ProConnect for its agents in tenant-admin: French messages for bad
 * input (nothing saved), the issuer's discovery document read before saving, the secret stored encrypted and never
 * shown again, the commune's sign-in page offering « Se connecter avec ProConnect » at once — without the password
 * form when local passwords are refused, and a password sign-in refused in French. axe-core on the pages.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentProviderAdminBrowserTest {

    private static final String EPCI_ADMIN = "epci@fournisseur-admin.test";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcClient jdbc;

    private ForgingProvider provider;
    private Tenant metz;
    private Browser browser;

    @BeforeAll
    void provision() throws Exception {
        provider = new ForgingProvider("client-metz");
        Tenant epci = tenants.epci("200039865", "metz-metropole");
        metz = tenants.commune("57463", "metz", epci.id(), "#1f4e8c", "#2f5d3a");
        tenants.operator(EPCI_ADMIN, epci.id());
        browser = new Browser();
    }

    @AfterAll
    void close() {
        browser.close();
        provider.close();
    }

    @Test
    void anEpciAdministratorGivesAMemberCommuneProConnectWithoutLocalPasswords() {
        SignInPage.open(browser, admin()).signIn(EPCI_ADMIN, TestTenants.PASSWORD);
        TenantsPage.current(browser);
        TenantDetailPage.open(browser, admin(), metz);
        assertThat(text("#fournisseur-agents")).contains("se connectent uniquement avec leur mot de passe Guichet");

        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Adresse de l'émetteur (issuer)"),
                "http://fca.integ01.dev-agentconnect.fr/api/v2");
        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Identifiant client (client_id)"), "client metz");
        AdminUi.retype(AdminUi.input(browser, "vaadin-password-field", "Secret client (client_secret)"), "court");
        browser.click(AdminUi.button(browser, "Enregistrer le fournisseur"));
        browser.waitForVaadin();
        AdminUi.until(browser, d -> text("#fournisseur-agents .form-errors").isBlank() ? null : "shown");
        assertThat(text("#fournisseur-agents .form-errors"))
                .contains("L’adresse de l’émetteur (issuer) doit commencer par https://")
                .contains("L’identifiant client ne doit contenir que des lettres")
                .contains("Le secret client doit compter de 8 à 500 caractères");
        assertAccessible("agents' provider form, refused");
        assertThat(providers()).isZero();

        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Adresse de l'émetteur (issuer)"),
                provider.issuer() + "/");
        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Identifiant client (client_id)"), "client-metz");
        AdminUi.retype(AdminUi.input(browser, "vaadin-password-field", "Secret client (client_secret)"),
                "secret-de-metz-tres-secret");
        browser.click(browser.find(By.id("fournisseur-mots-de-passe")));
        browser.click(AdminUi.button(browser, "Enregistrer le fournisseur"));
        browser.waitForVaadin();
        AdminUi.until(browser, d -> text("#fournisseur-agents").contains("Les agents peuvent se connecter avec "
                + "ProConnect") ? "saved" : null);
        assertThat(AdminUi.value(AdminUi.input(browser, "vaadin-password-field", "Secret client (client_secret)")))
                .as("the secret is never shown again").isEmpty();
        assertAccessible("agents' provider form, saved");
        browser.screenshot("agent-provider-admin");
        assertThat(jdbc.sql("SELECT client_secret || ' ' || local_passwords_allowed FROM "
                + "platform.agent_identity_providers WHERE tenant_id = ?").param(metz.id().value())
                .query(String.class).single()).startsWith("v1:test:").endsWith(" false")
                .doesNotContain("secret-de-metz");

        try (Browser agent = new Browser()) {
            agent.open(commune() + "/connexion");
            assertThat(agent.text(By.id("fournisseur-agents"))).contains("Se connecter avec").contains("ProConnect");
            assertThat(agent.findAll(By.tagName("vaadin-login-form"))).as("no password form").isEmpty();
            agent.assertAccessible();
        }
    }

    private int providers() {
        return jdbc.sql("SELECT count(*) FROM platform.agent_identity_providers WHERE tenant_id = ?")
                .param(metz.id().value()).query(Integer.class).single();
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

    private String commune() {
        return "http://metz.localhost:" + port;
    }
}
