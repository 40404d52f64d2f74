package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.notifications.NotificationOutbox;
import fr.guichet.tenancy.Tenant;
import fr.guichet.testsupport.TestSmtpServer;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The whole journey in real browsers: a guest submits; the agent asks for more information; the guest, from the
 * tracking link received by e-mail, answers; the request returns to the agent, who accepts it; the guest sees the
 * decision and has received every e-mail. axe-core checks the citizen's pages.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestJourneyBrowserTest {

    private static final String CITIZEN = "emma.leroy@exemple.fr";
    private static final Pattern TRACKING = Pattern.compile("http://[^\\s]+/suivi/[A-Za-z0-9_-]+");

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

    private Tenant vannes;

    @BeforeAll
    void aCommuneWithAPublishedProcedure() throws Exception {
        vannes = tenants.commune("56260", "vannes", null, "#0b4f6c", "#5b3a00");
        tenants.publishProcedure(vannes, new ProcedureDescription("Demande de place de marché",
                "Obtenir un emplacement sur le marché.", Category.VIE_PRATIQUE, null, null, 20, "Service des marchés"),
                new PrivacyNotice("Attribuer les emplacements.", LegalBasis.PUBLIC_TASK, "Deux ans.",
                        "Service des marchés."), TestTenants.SIMPLE_FORM);
        smtp.serve(mailSender);
    }

    @Test
    void aGuestSubmitsTheAgentAsksTheGuestAnswersTheAgentAcceptsAndTheGuestSeesTheDecision() throws Exception {
        String reference;
        try (Browser citizen = new Browser()) {
            citizen.open(base() + "/demarches/demande-de-place-de-marche/formulaire");
            type(citizen, By.cssSelector("#champ-nom input"), "Emma Leroy");
            button(citizen, "Suivant");
            type(citizen, By.cssSelector("#demandeur-courriel input"), CITIZEN);
            type(citizen, By.cssSelector("#demandeur-nom input"), "Emma Leroy");
            citizen.find(By.cssSelector("#demandeur-consentement input")).click();
            button(citizen, "Déposer ma demande");
            citizen.waitUntil(d -> d.getCurrentUrl().contains("/depot/"));
            reference = text(citizen, By.cssSelector(".receipt-number")).strip();
        }
        outbox.deliverDue();
        MimeMessage received = only(CITIZEN, "Votre demande " + reference + " a bien été reçue");
        String trackingLink = link(TestSmtpServer.text(received));

        try (Browser agent = new Browser()) {
            SignInPage.open(agent, base()).signIn(TestTenants.agentOf(vannes), TestTenants.PASSWORD);
            agent.open(base() + "/agents/demandes");
            agent.find(By.linkText(reference)).click();
            agent.waitUntil(d -> d.getCurrentUrl().matches(".*/agents/demandes/[0-9a-f-]{36}"));
            agent.waitForVaadin();
            button(agent, "Demander des compléments");
            agent.find(By.cssSelector("vaadin-dialog vaadin-text-area textarea"))
                    .sendKeys("Précisez la surface souhaitée, en mètres.");
            agent.find(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Demander des compléments']"))
                    .click();
            agent.waitForVaadin();
        }
        outbox.deliverDue();
        assertThat(TestSmtpServer.text(only(CITIZEN, "un complément est nécessaire")))
                .contains("Précisez la surface souhaitée, en mètres.");

        try (Browser citizen = new Browser()) {
            citizen.open(trackingLink);
            assertThat(text(citizen, By.tagName("main"))).contains("Suivi de vos demandes", reference,
                    "La mairie attend une réponse de votre part.");
            assertAccessible(citizen);
            citizen.find(By.partialLinkText(reference)).click();
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/" + reference));
            citizen.waitForVaadin();
            assertThat(text(citizen, By.cssSelector(".tracked-waiting"))).contains(
                    "Précisez la surface souhaitée, en mètres.");
            assertAccessible(citizen);
            citizen.find(By.xpath("//vaadin-text-area[./label[contains(., 'Votre réponse')]]//textarea"))
                    .sendKeys("Quatre mètres linéaires.");
            button(citizen, "Envoyer ma réponse");
            assertThat(text(citizen, By.cssSelector(".request-summary"))).contains("En cours d’instruction");
        }

        try (Browser agent = new Browser()) {
            SignInPage.open(agent, base()).signIn(TestTenants.agentOf(vannes), TestTenants.PASSWORD);
            agent.open(base() + "/agents/demandes");
            agent.find(By.linkText(reference)).click();
            agent.waitUntil(d -> d.getCurrentUrl().matches(".*/agents/demandes/[0-9a-f-]{36}"));
            agent.waitForVaadin();
            assertThat(text(agent, By.cssSelector(".request-timeline"))).contains("Quatre mètres linéaires.");
            button(agent, "Accepter");
            agent.find(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Accepter']")).click();
            agent.waitForVaadin();
            assertThat(text(agent, By.cssSelector(".request-summary"))).contains("Acceptée");
        }
        outbox.deliverDue();
        only(CITIZEN, "Votre demande " + reference + " est acceptée");

        try (Browser citizen = new Browser()) {
            citizen.open(trackingLink);
            citizen.find(By.partialLinkText(reference)).click();
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/" + reference));
            citizen.waitForVaadin();
            assertThat(text(citizen, By.cssSelector(".request-summary"))).contains("Acceptée");
            assertThat(text(citizen, By.cssSelector(".request-timeline"))).contains("Quatre mètres linéaires.")
                    .doesNotContain("agent@vannes.test");
            assertAccessible(citizen);
        }
        assertThat(smtp.receivedBy(CITIZEN)).hasSize(3);
    }

    private MimeMessage only(String address, String subjectPart) throws Exception {
        List<MimeMessage> matching = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.receivedBy(address)) {
            if (message.getSubject().contains(subjectPart)) {
                matching.add(message);
            }
        }
        assertThat(matching).as("mails to " + address + " about « " + subjectPart + " »").hasSize(1);
        return matching.getFirst();
    }

    private static String link(String text) {
        Matcher matcher = TRACKING.matcher(text);
        assertThat(matcher.find()).as("a tracking link in: " + text).isTrue();
        return matcher.group();
    }

    private static void type(Browser browser, By input, String value) {
        WebElement element = browser.find(input);
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        element.sendKeys(value, Keys.TAB);
        browser.waitForVaadin();
    }

    private static void button(Browser browser, String label) {
        WebElement button = browser.find(By.xpath("//vaadin-button[normalize-space(.)='" + label + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                button);
        button.click();
        browser.waitForVaadin();
    }

    private static String text(Browser browser, By by) {
        return browser.find(by).getDomProperty("innerText");
    }

    private static void assertAccessible(Browser browser) {
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();
    }

    private String base() {
        return "http://vannes.localhost:" + port;
    }
}
