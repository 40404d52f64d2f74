package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.agentproviders.ProviderKind;
import fr.guichet.app.FranceConnectSimulator;
import fr.guichet.tenancy.Tenant;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Agents sign in to their commune's back office through ProConnect in real Chromium, against the simulator's
 * ProConnect-like issuer (its own JVM, started by this test): « Se connecter avec ProConnect », the simulator's agent
 * picker, back in the back office with the Guichet role only, the logout through the provider; an unknown person, a
 * deactivated agent and an unverified address are refused in French with nothing created; an agent of one commune is
 * refused at another that uses the same provider; a provider that is down is said so and the password still works.
 * axe-core finds no serious violation on the pages visited, the simulator's included.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentProviderBrowserTest {

    private static final String CLAIRE = "claire.fontaine@mairie.example";
    private static final String MARC = "marc.leroy@mairie.example";
    private static final String INES = "ines.garnier@mairie.example";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestAgentProviders providers;
    @Autowired
    JdbcClient jdbc;

    private FranceConnectSimulator simulator;
    private Tenant nimes;
    private Tenant toulon;
    private Tenant orleans;
    private Browser browser;

    @BeforeAll
    void communesWithProConnect() throws Exception {
        nimes = tenants.commune("30189", "nimes", null, "#1f4e8c", "#2f5d3a");
        toulon = tenants.commune("83137", "toulon", null, "#1f4e8c", "#2f5d3a");
        orleans = tenants.commune("45234", "orleans", null, "#1f4e8c", "#2f5d3a");
        simulator = FranceConnectSimulator.start(Path.of("../franceconnect-simulator"), freePort(),
                List.of(client(nimes), client(toulon)), Duration.ofMinutes(2));
        providers.configure(nimes, ProviderKind.PROCONNECT, simulator.proConnectIssuer(), "client-nimes",
                "secret-de-nimes-2026", true);
        providers.configure(toulon, ProviderKind.PROCONNECT, simulator.proConnectIssuer(), "client-toulon",
                "secret-de-toulon-2026", true);
        tenants.plainAgent(nimes, CLAIRE, "Claire Fontaine");
        tenants.plainAgent(nimes, MARC, "Marc Leroy");
        tenants.plainAgent(nimes, INES, "Inès Garnier");
        jdbc.sql("UPDATE " + nimes.schema() + ".agents SET active = false WHERE email = ?").param(MARC).update();
    }

    @AfterAll
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
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
    void anAgentSignsInWithProConnectLandsInTheBackOfficeWithItsGuichetRoleOnlyAndSignsOutThroughIt() {
        browser.open(base(nimes) + "/connexion");
        assertThat(browser.text(By.id("fournisseur-agents"))).contains("Se connecter avec").contains("ProConnect");
        assertThat(browser.find(By.cssSelector(".provider-group p a")).getAttribute("href"))
                .isEqualTo("https://www.proconnect.gouv.fr/");
        assertThat(browser.findAll(By.tagName("vaadin-login-form"))).as("local passwords still allowed").hasSize(1);
        browser.assertAccessible();
        browser.screenshot("agent-provider-1-button");

        pick(nimes, "agent-claire");
        browser.waitUntil(d -> d.getCurrentUrl().equals(base(nimes) + "/agents"));
        browser.waitForVaadin();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Nîmes");
        browser.open(base(nimes) + "/agents/demandes");
        browser.waitForVaadin();
        assertThat(browser.text(By.tagName("body"))).contains(CLAIRE).doesNotContain("Agents et droits");
        browser.assertAccessible();
        browser.screenshot("agent-provider-2-inbox");
        assertThat(jdbc.sql("SELECT provider_issuer FROM " + nimes.schema() + ".agents WHERE email = ?").param(CLAIRE)
                .query(String.class).single()).isEqualTo(simulator.proConnectIssuer());
        assertThat(jdbc.sql("SELECT roles FROM " + nimes.schema() + ".agents WHERE email = ?").param(CLAIRE)
                .query(String.class).single()).as("roles stay Guichet's").isEqualTo("AGENT");

        // Signing out goes through the provider's end_session_endpoint and back to the sign-in page
        browser.click(browser.find(By.xpath("//vaadin-button[contains(., 'Se déconnecter')]")));
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(base(nimes) + "/connexion"));
        browser.open(base(nimes) + "/agents");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/connexion");
    }

    @Test
    void anUnknownPersonADeactivatedAgentAndAnUnverifiedAddressAreRefusedInFrench() {
        pick(nimes, "agent-paul");
        assertRefused(nimes, "inconnu", "aucun compte d’agent de cette commune ne correspond à votre identité");
        browser.assertAccessible();
        browser.screenshot("agent-provider-3-unknown");
        assertThat(jdbc.sql("SELECT count(*) FROM " + nimes.schema() + ".agents WHERE email LIKE 'paul%'")
                .query(Integer.class).single()).as("no account created").isZero();

        browser.close();
        browser = new Browser();
        pick(nimes, "agent-marc");
        assertRefused(nimes, "desactive", "Votre compte d’agent de cette commune a été désactivé.");

        browser.close();
        browser = new Browser();
        pick(nimes, "agent-ines");
        assertRefused(nimes, "courriel-non-verifie", "ne garantit pas votre adresse électronique");
        assertThat(jdbc.sql("SELECT count(*) FROM " + nimes.schema() + ".agents WHERE email = ? AND "
                + "provider_subject IS NOT NULL").param(INES).query(Integer.class).single()).isZero();
    }

    @Test
    void anAgentOfOneCommuneIsRefusedAtAnotherThatUsesTheSameProvider() {
        pick(toulon, "agent-claire");
        assertRefused(toulon, "inconnu", "aucun compte d’agent de cette commune");
        assertThat(jdbc.sql("SELECT count(*) FROM " + toulon.schema() + ".agents WHERE email = ?").param(CLAIRE)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aProviderThatIsDownIsSaidSoAndThePasswordStillWorks() throws Exception {
        try (ForgingProvider down = new ForgingProvider("client-orleans")) {
            providers.configure(orleans, ProviderKind.OIDC, down.issuer(), "client-orleans", "secret-d-orleans-2026",
                    true);
        }
        browser.open(base(orleans) + "/connexion");
        assertThat(browser.text(By.id("fournisseur-agents"))).contains("Se connecter avec")
                .contains("Compte de la commune");
        browser.click(browser.find(By.id("fournisseur-agents")));
        assertRefused(orleans, "indisponible", "Compte de la commune ne répond pas pour le moment.");
        browser.assertAccessible();
        browser.screenshot("agent-provider-4-down");

        SignInPage.open(browser, base(orleans)).signIn(TestTenants.agentOf(orleans), TestTenants.PASSWORD);
        browser.open(base(orleans) + "/agents");
        browser.waitForVaadin();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Orléans");
    }

    /** From the commune's sign-in page through the simulator's picker, as the test agent {@code login}. */
    private void pick(Tenant tenant, String login) {
        browser.open(base(tenant) + "/connexion");
        browser.click(browser.find(By.id("fournisseur-agents")));
        browser.waitUntil(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:"));
        browser.find(By.id("identite-" + login));
        if ("agent-claire".equals(login) && tenant == nimes) {
            browser.assertAccessible();
            browser.screenshot("agent-provider-picker");
        }
        browser.click(browser.find(By.id("identite-" + login)));
    }

    private void assertRefused(Tenant tenant, String reason, String message) {
        browser.waitUntil(d -> d.getCurrentUrl().equals(base(tenant) + "/connexion?fournisseur=" + reason));
        browser.waitForVaadin();
        assertThat(browser.text(By.id("fournisseur-erreur"))).contains(message);
    }

    private FranceConnectSimulator.Client client(Tenant tenant) {
        return new FranceConnectSimulator.Client("client-" + tenant.slug(), "secret-de-" + tenant.slug() + "-2026",
                List.of(base(tenant) + "/login/oauth2/code/agents"), List.of(base(tenant) + "/connexion"));
    }

    private String base(Tenant tenant) {
        return "http://" + tenant.slug() + ".localhost:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
