package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.notifications.NotificationOutbox;
import fr.guichet.tenancy.Tenant;
import fr.guichet.testsupport.TestSmtpServer;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A commune's administrator invites an agent, who chooses a password from the e-mailed link and signs in with the
 * agent's role only; five wrong passwords lock the account, the administrator unlocks it, then deactivates it.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentAccountsBrowserTest {

    private static final String PAUL = "paul.durand@saint-etienne.test";
    private static final String PASSWORD = "Manufacture-d-Armes-42";

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.start();

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    JavaMailSenderImpl mailSender;

    private Tenant saintEtienne;
    private Browser admin;
    private Browser agent;

    @BeforeAll
    void aCommune() throws Exception {
        saintEtienne = tenants.commune("42218", "saint-etienne", null, "#7a2e0e", "#1d4f5c");
        smtp.serve(mailSender);
    }

    @AfterEach
    void closeBrowsers() {
        if (admin != null) {
            admin.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void anInvitedAgentActivatesTheAccountIsLockedAfterWrongPasswordsUnlockedThenDeactivated() throws Exception {
        admin = new Browser();
        SignInPage.open(admin, base()).signIn(TestTenants.agentOf(saintEtienne), TestTenants.PASSWORD);
        admin.open(base() + "/agents");
        admin.find(By.xpath("//vaadin-side-nav-item[contains(., 'Agents et droits')]")).click();
        admin.waitUntil(d -> d.getCurrentUrl().endsWith("/agents/comptes"));
        admin.waitForVaadin();
        assertThat(admin.find(By.tagName("h1")).getText()).isEqualTo("Agents et droits");

        AdminUi.input(admin, "vaadin-email-field", "Adresse électronique").sendKeys("pas-une-adresse");
        AdminUi.input(admin, "vaadin-text-field", "Nom").sendKeys("Paul Durand");
        admin.click(AdminUi.button(admin, "Envoyer l'invitation"));
        admin.waitForVaadin();
        assertThat(admin.text(By.cssSelector(".form-status"))).isNotBlank().doesNotContain("Invitation envoyée");

        AdminUi.retype(AdminUi.input(admin, "vaadin-email-field", "Adresse électronique"), PAUL);
        admin.click(AdminUi.button(admin, "Envoyer l'invitation"));
        admin.waitForVaadin();
        assertThat(admin.text(By.cssSelector(".form-status"))).isEqualTo("Invitation envoyée à " + PAUL + ".");
        assertThat(admin.text(By.tagName("vaadin-grid"))).contains("Paul Durand", PAUL,
                "Invité, mot de passe pas encore choisi");
        admin.screenshot("backoffice-agents");
        assertThat(admin.seriousAccessibilityViolations()).as(Browser.describe(admin.seriousAccessibilityViolations()))
                .isEmpty();

        outbox.deliverDue();
        MimeMessage invitation = smtp.receivedBy(PAUL).getLast();
        assertThat(invitation.getSubject()).isEqualTo("Votre accès au back-office de Saint-Étienne");
        Matcher link = Pattern.compile("(http://\\S+/agents/invitation/\\S+)").matcher(TestSmtpServer.text(invitation));
        assertThat(link.find()).isTrue();

        agent = new Browser();
        agent.open(link.group(1));
        agent.waitForVaadin();
        assertThat(agent.text(By.tagName("main"))).contains("Bonjour Paul Durand.");
        AdminUi.input(agent, "vaadin-password-field", "Mot de passe").sendKeys("limoges");
        AdminUi.input(agent, "vaadin-password-field", "Confirmez le mot de passe").sendKeys("limoges");
        agent.click(AdminUi.button(agent, "Activer mon compte"));
        agent.waitForVaadin();
        assertThat(agent.text(By.cssSelector("[role=alert]"))).contains("Choisissez un mot de passe plus robuste");
        assertThat(agent.seriousAccessibilityViolations()).as(Browser.describe(agent.seriousAccessibilityViolations()))
                .isEmpty();
        AdminUi.retype(AdminUi.input(agent, "vaadin-password-field", "Mot de passe"), PASSWORD);
        AdminUi.retype(AdminUi.input(agent, "vaadin-password-field", "Confirmez le mot de passe"), PASSWORD);
        agent.click(AdminUi.button(agent, "Activer mon compte"));
        agent.waitForVaadin();
        assertThat(agent.text(By.tagName("main"))).contains("Votre compte est activé.");
        agent.open(link.group(1));
        agent.waitForVaadin();
        assertThat(agent.text(By.tagName("main"))).contains("Ce lien d’invitation n’est plus valable");

        SignInPage.open(agent, base()).signIn(PAUL, PASSWORD);
        agent.open(base() + "/agents");
        agent.waitForVaadin();
        String nav = agent.text(By.tagName("vaadin-side-nav"));
        assertThat(nav).contains("Demandes").doesNotContain("Agents et droits").doesNotContain("Démarches en ligne");
        agent.close();

        agent = new Browser();
        for (int attempt = 0; attempt < 5; attempt++) {
            SignInPage page = SignInPage.open(agent, base());
            page.signIn(PAUL, "Mauvais-mot-de-passe-" + attempt);
            assertThat(page.hasError()).isTrue();
        }
        SignInPage.open(agent, base()).signIn(PAUL, PASSWORD);
        assertThat(loginError(agent)).contains("Compte temporairement bloqué");

        admin.open(base() + "/agents/comptes");
        admin.waitForVaadin();
        assertThat(admin.text(By.tagName("vaadin-grid"))).contains("Bloqué après des mots de passe erronés");
        admin.click(admin.find(By.xpath("//vaadin-button[@aria-label='Débloquer le compte de Paul Durand']")));
        admin.waitForVaadin();
        assertThat(admin.text(By.cssSelector(".form-status"))).isEqualTo("Compte de Paul Durand débloqué.");
        SignInPage.open(agent, base()).signIn(PAUL, PASSWORD);
        assertThat(agent.driver().getCurrentUrl()).doesNotContain("/connexion");

        admin.click(admin.find(By.xpath("//vaadin-button[@aria-label='Désactiver le compte de Paul Durand']")));
        admin.waitForVaadin();
        admin.click(admin.find(By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[contains(., 'Désactiver')]"
                + " | //vaadin-confirm-dialog//vaadin-button[@slot='confirm-button']")));
        admin.waitForVaadin();
        assertThat(admin.text(By.cssSelector(".form-status"))).isEqualTo("Compte de Paul Durand désactivé.");
        agent.open(base() + "/agents/demandes");
        agent.waitUntil(d -> d.getCurrentUrl().contains("/connexion"));
        assertThat(agent.driver().getCurrentUrl()).as("the open session ended with the account").contains("/connexion");
        SignInPage.open(agent, base()).signIn(PAUL, PASSWORD);
        assertThat(loginError(agent)).contains("Compte inactif");
    }

    private String base() {
        return "http://saint-etienne.localhost:" + port;
    }


    /** The title and message the login form shows after a refused attempt. */
    private static String loginError(Browser browser) {
        browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const f = document.querySelector('vaadin-login-form'); return !!(f && f.error);")));
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
                const form = document.querySelector('vaadin-login-form');
                const texts = [form.innerText || ''];
                const deep = (root) => root && root.querySelectorAll('*').forEach(e => {
                    if (e.shadowRoot) { texts.push(e.shadowRoot.textContent || ''); deep(e.shadowRoot); }
                });
                deep(form);
                if (form.shadowRoot) { texts.push(form.shadowRoot.textContent || ''); deep(form.shadowRoot); }
                return texts.join(' ');"""));
    }

}
