package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentRole;
import fr.guichet.identity.Totp;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent sets up a second factor with a code computed from the secret shown, signs out, then signs in with the
 * password and a code (a wrong code is refused in French; the back office is out of reach between the two steps);
 * the administrator sees it, resets it and requires a second factor, which the agent sets up again at sign-in; five
 * wrong codes lock the account and sign the session out.
 * Operators' accounts are locked after five wrong passwords and unlocked by another operator.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorBrowserTest {

    private static final String CLAIRE = "claire.martin@besancon.test";
    private static final String CLAIRE_PASSWORD = "Citadelle-Vauban-1668";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    AgentAccounts accounts;

    private Tenant besancon;
    private Browser agent;
    private Browser admin;

    @BeforeAll
    void aCommuneWithAnAgent() throws Exception {
        besancon = tenants.commune("25056", "besancon", null, "#1d4f5c", "#7a2e0e");
        TenantContext.runAs(besancon.asCurrent(), () -> accounts.ensureAgent(CLAIRE, "Claire Martin", CLAIRE_PASSWORD,
                EnumSet.of(AgentRole.AGENT)));
    }

    @AfterEach
    void closeBrowsers() {
        if (agent != null) {
            agent.close();
        }
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    void anAgentSignsInWithACodeAfterSettingUpASecondFactorAndTheAdministratorResetsAndRequiresIt() {
        agent = new Browser();
        SignInPage.open(agent, base()).signIn(CLAIRE, CLAIRE_PASSWORD);
        agent.open(base() + "/agents/securite");
        AdminUi.waitForHeading(agent, "Sécurité du compte");
        assertThat(agent.text(By.cssSelector(".security-state"))).contains("n’est pas activée");
        agent.assertAccessible();
        agent.click(AdminUi.button(agent, "Activer la double authentification"));
        String secret = enrol(agent, "Confirmer et activer");
        agent.click(AdminUi.button(agent, "J'ai noté mes codes de secours"));
        assertThat(agent.text(By.cssSelector(".security-state"))).contains("est activée", "encore utilisables : 10");

        agent.click(AdminUi.button(agent, "Se déconnecter"));
        agent.waitUntil(d -> !d.getCurrentUrl().contains("/agents/securite"));
        SignInPage.open(agent, base()).signIn(CLAIRE, CLAIRE_PASSWORD);
        agent.waitUntil(d -> d.getCurrentUrl().endsWith("/agents/verification"));
        AdminUi.waitForHeading(agent, "Code de vérification");
        agent.assertAccessible();

        agent.open(base() + "/agents/demandes");
        agent.waitUntil(d -> d.getCurrentUrl().endsWith("/agents/verification"));
        AdminUi.waitForHeading(agent, "Code de vérification");
        assertThat(agent.findAll(By.tagName("vaadin-app-layout"))).as("no back office before the code").isEmpty();

        WebCode.type(agent, "Code de vérification", wrongCode(secret));
        agent.click(AdminUi.button(agent, "Valider"));
        assertThat(agent.text(By.cssSelector("[role=alert]"))).contains("Ce code n’est pas valable");
        agent.assertAccessible();
        String sessionBeforeCode = agent.driver().manage().getCookieNamed("JSESSIONID").getValue();
        WebCode.type(agent, "Code de vérification", Totp.codeAt(secret, Instant.now().plusSeconds(30)));
        agent.click(AdminUi.button(agent, "Valider"));
        agent.waitUntil(d -> !d.getCurrentUrl().contains("/verification"));
        assertThat(agent.driver().manage().getCookieNamed("JSESSIONID").getValue()).as("a new session id")
                .isNotEqualTo(sessionBeforeCode);
        agent.open(base() + "/agents/demandes");
        agent.waitForVaadin();
        assertThat(agent.text(By.tagName("vaadin-side-nav"))).contains("Demandes", "Sécurité du compte");

        admin = new Browser();
        SignInPage.open(admin, base()).signIn(TestTenants.agentOf(besancon), TestTenants.PASSWORD);
        admin.open(base() + "/agents/comptes");
        AdminUi.waitForHeading(admin, "Agents et droits");
        assertThat(admin.text(By.tagName("vaadin-grid"))).contains("double authentification activée");
        admin.click(admin.find(By.xpath("//vaadin-checkbox[contains(., 'Exiger la double authentification')]//input")));
        assertThat(admin.text(By.cssSelector(".policy-status"))).contains("désormais exigée");
        admin.click(admin.find(By.xpath(
                "//vaadin-button[@aria-label='Réinitialiser la double authentification de Claire Martin']")));
        admin.click(admin.find(By.xpath("//vaadin-confirm-dialog//vaadin-button[@slot='confirm-button']")));
        assertThat(admin.text(By.cssSelector(".form-status")))
                .isEqualTo("Double authentification de Claire Martin réinitialisée.");
        admin.assertAccessible();

        agent.close();
        agent = new Browser();
        SignInPage.open(agent, base()).signIn(CLAIRE, CLAIRE_PASSWORD);
        agent.waitUntil(d -> d.getCurrentUrl().endsWith("/agents/verification"));
        AdminUi.waitForHeading(agent, "Activez la double authentification");
        agent.assertAccessible();
        String newSecret = enrol(agent, "Confirmer et activer");
        agent.click(AdminUi.button(agent, "Accéder à l'espace agents"));
        agent.waitUntil(d -> !d.getCurrentUrl().contains("/verification"));
        agent.waitForVaadin();
        assertThat(agent.text(By.tagName("vaadin-side-nav"))).contains("Demandes");

        agent.close();
        agent = new Browser();
        SignInPage.open(agent, base()).signIn(CLAIRE, CLAIRE_PASSWORD);
        AdminUi.waitForHeading(agent, "Code de vérification");
        for (int attempt = 0; attempt < 5; attempt++) {
            WebCode.type(agent, "Code de vérification", wrongCode(newSecret));
            agent.click(AdminUi.button(agent, "Valider"));
        }
        agent.waitUntil(d -> d.getCurrentUrl().contains("/connexion?bloque"));
        agent.waitUntil(d -> AdminUi.deepText(agent).contains("Compte temporairement bloqué"));
        agent.open(base() + "/agents/demandes");
        agent.waitUntil(d -> d.getCurrentUrl().contains("/connexion"));
        assertThat(agent.driver().getCurrentUrl()).as("signed out once locked").contains("/connexion");
    }

    @Test
    void fiveWrongPasswordsLockAnOperatorUntilAnotherOperatorUnlocks() {
        String locked = "operateur-bloque@second-factor.test";
        String colleague = "operatrice@second-factor.test";
        tenants.operator(locked, null);
        tenants.operator(colleague, null);
        agent = new Browser();
        for (int attempt = 0; attempt < 5; attempt++) {
            SignInPage page = SignInPage.open(agent, operatorHost());
            page.signIn(locked, "Mauvais-mot-de-passe-" + attempt);
            assertThat(page.hasError()).isTrue();
        }
        SignInPage.open(agent, operatorHost()).signIn(locked, TestTenants.PASSWORD);
        agent.waitUntil(d -> AdminUi.deepText(agent).contains("Compte temporairement bloqué"));
        assertThat(AdminUi.deepText(agent)).contains("bloqué pendant 15 minutes");

        admin = new Browser();
        SignInPage.open(admin, operatorHost()).signIn(colleague, TestTenants.PASSWORD);
        admin.open(operatorHost() + "/operateurs");
        AdminUi.waitForHeading(admin, "Comptes d’administration");
        admin.assertAccessible();
        admin.click(admin.find(By.xpath("//vaadin-button[@aria-label='Débloquer le compte de Opérateur de test']")));
        assertThat(admin.text(By.cssSelector(".form-status"))).isEqualTo("Compte de Opérateur de test débloqué.");

        SignInPage.open(agent, operatorHost()).signIn(locked, TestTenants.PASSWORD);
        assertThat(agent.driver().getCurrentUrl()).doesNotContain("/connexion");
    }

    /** Scans nothing: reads the secret shown as text, as a person typing it would, and confirms a code from it. */
    private static String enrol(Browser browser, String confirm) {
        assertThat(browser.find(By.cssSelector("img.qr-code")).getDomAttribute("alt")).contains("QR code");
        String secret = browser.text(By.cssSelector(".totp-secret")).replace(" ", "");
        WebCode.type(browser, "Code à 6 chiffres affiché par l'application", wrongCode(secret));
        browser.click(AdminUi.button(browser, confirm));
        assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("Ce code ne correspond pas");
        browser.assertAccessible();
        WebCode.type(browser, "Code à 6 chiffres affiché par l'application", Totp.codeAt(secret, Instant.now()));
        browser.click(AdminUi.button(browser, confirm));
        assertThat(browser.findAll(By.cssSelector(".recovery-codes li"))).hasSize(10);
        browser.assertAccessible();
        return secret;
    }

    /** A six-digit code that none of the accepted steps gives. */
    private static String wrongCode(String secret) {
        Instant now = Instant.now();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean accepted = false;
            for (int step = -2; step <= 2; step++) {
                accepted |= code.equals(Totp.codeAt(secret, now.plusSeconds(30L * step)));
            }
            if (!accepted) {
                return code;
            }
        }
    }

    /** Typing into a labelled text field. */
    private static final class WebCode {

        static void type(Browser browser, String label, String code) {
            AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", label), code);
        }
    }

    private String base() {
        return "http://besancon.localhost:" + port;
    }

    private String operatorHost() {
        return "http://admin.localhost:" + port;
    }
}
