package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.notifications.Notification;
import fr.guichet.notifications.NotificationOutbox;
import fr.guichet.notifications.Notifications;
import fr.guichet.notifications.TemplateKey;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.testsupport.TestSmtpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A commune's administrator finds the e-mails that could not be sent, and only its own, then sends one again; and
 * rewords a message, unknown variables being refused in French.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsBrowserTest {

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.start();

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    JavaMailSenderImpl mailSender;

    private Tenant strasbourg;
    private Tenant montpellier;
    private Browser browser;

    @BeforeAll
    void twoCommunesWhoseMailsFailedWhileTheMailServerWasDown() throws Exception {
        strasbourg = tenants.commune("67482", "strasbourg", null, "#1f4e8c", "#2f5d3a");
        montpellier = tenants.commune("34172", "montpellier", null, "#8a1c1c", "#3d2a63");
        mail(strasbourg, "jeanne.martin@usagers.example");
        mail(montpellier, "paul.durand@usagers.example");
        smtp.serve(mailSender);
        smtp.whileUnreachable(mailSender, () -> {
            for (int day = 0; day < 8; day++) {
                outbox.deliverDue(Instant.now().plus(Duration.ofDays(day)));
            }
        });
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
    void anAdministratorSeesTheCommunesFailedMailsMaskedAndSendsOneAgain() {
        SignInPage.open(browser, base(strasbourg)).signIn(TestTenants.agentOf(strasbourg), TestTenants.PASSWORD);
        browser.open(base(strasbourg) + "/agents");
        assertThat(text(By.cssSelector(".cards"))).contains("Envois en échec")
                .contains("Un message n’a pas pu être envoyé.");

        browser.find(By.xpath("//vaadin-side-nav-item[contains(., 'Envois en échec')]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/agents/envois"));
        browser.waitForVaadin();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Courriels et SMS en échec");
        String grid = text(By.tagName("vaadin-grid"));
        assertThat(grid).contains("j•••@usagers.example", "Courriel", "Accusé de réception d’une demande",
                "Le serveur de messagerie est injoignable.", "Plus de nouvel essai automatique.")
                .doesNotContain("jeanne.martin").doesNotContain("p•••@usagers.example");
        browser.screenshot("backoffice-failed-deliveries");
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();

        browser.find(By.xpath("//vaadin-button[@aria-label='Réessayer : Accusé de réception d’une demande pour "
                + "j•••@usagers.example']")).click();
        browser.waitForVaadin();
        assertThat(text(By.tagName("body"))).contains("L’envoi sera réessayé dans quelques secondes.");
        outbox.deliverDue();

        assertThat(smtp.receivedBy("jeanne.martin@usagers.example")).hasSize(1);
        browser.open(base(strasbourg) + "/agents/envois");
        assertThat(text(By.cssSelector(".view"))).contains("Aucun envoi en échec");
        assertThat(smtp.receivedBy("paul.durand@usagers.example")).as("Montpellier's stays failed").isEmpty();
    }

    @Test
    void anAdministratorRewordsAMessageAndAnUnknownVariableIsRefusedInFrench() throws Exception {
        SignInPage.open(browser, base(montpellier)).signIn(TestTenants.agentOf(montpellier), TestTenants.PASSWORD);
        browser.open(base(montpellier) + "/agents");
        browser.find(By.xpath("//vaadin-side-nav-item[contains(., 'Modèles de messages')]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/agents/modeles-de-messages"));
        browser.waitForVaadin();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Modèles des messages aux usagers");
        assertThat(text(By.cssSelector(".view"))).contains("Ce message utilise le texte par défaut.")
                .contains("{{reference}} (référence de la demande)");

        var subject = AdminUi.input(browser, "vaadin-text-field", "Objet du courriel et titre de la notification");
        AdminUi.retype(subject, "Demande {{reference}} enregistrée le {{date}}");
        click(AdminUi.button(browser, "Enregistrer"));
        browser.waitForVaadin();
        assertThat(text(By.cssSelector(".form-errors"))).contains("Le modèle n’est pas enregistré")
                .contains("Objet : la variable {{date}} n’existe pas pour ce modèle.");
        browser.screenshot("backoffice-message-templates");
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();

        AdminUi.retype(subject, "Demande {{reference}} enregistrée par {{commune}}");
        click(AdminUi.button(browser, "Enregistrer"));
        browser.waitForVaadin();
        assertThat(text(By.cssSelector(".view"))).contains("Ce message utilise le texte rédigé par la collectivité.");
        mail(montpellier, "reformule@usagers.example");
        outbox.deliverDue();

        assertThat(smtp.receivedBy("reformule@usagers.example")).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo(
                        "Demande 2026-000042 enregistrée par Montpellier"));
    }

    private void mail(Tenant tenant, String address) {
        TenantContext.runAs(tenant.asCurrent(), () -> notifications.enqueue(Notification.email(address,
                TemplateKey.REQUEST_RECEIVED, Map.of("name", "Jeanne Martin", "reference", "2026-000042",
                        "procedure", "Inscription scolaire", "link", base(tenant) + "/demandes/2026-000042"))));
    }

    private void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Text as rendered, including parts scrolled out of Vaadin's scroll container. */
    private String text(By by) {
        return String.valueOf(browser.find(by).getDomProperty("innerText"));
    }

    private String base(Tenant tenant) {
        return "http://" + tenant.defaultHost() + ":" + port;
    }
}
