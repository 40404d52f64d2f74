package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.requests.Casework;
import fr.guichet.requests.RequestFile;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.testsupport.Acting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator creates a team in the back office (a duplicate name is refused in French), with an agent and a
 * procedure, and assigns a request to it; that agent's inbox then shows only that procedure's requests, with counters
 * that match (and « Mon équipe » the assigned one), and a crafted address of another procedure's request shows the
 * French « Page introuvable »; an agent in no team sees no request and is told why. axe-core finds no serious
 * violation.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsBrowserTest {

    private static final String CLERK = "etat-civil@limoges.test";
    private static final String BIRTH = "Demande d’acte de naissance";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    Submissions submissions;
    @Autowired
    Casework casework;

    private Tenant limoges;
    private final List<SubmissionResult> births = new ArrayList<>();
    private final List<SubmissionResult> dumps = new ArrayList<>();
    private Browser browser;

    @BeforeAll
    void aCommuneWithRequestsOfTwoProcedures() throws Exception {
        limoges = tenants.commune("87085", "limoges", null, "#1f4e8c", "#2f5d3a");
        tenants.plainAgent(limoges, CLERK, "Élise Martin");
        PrivacyNotice privacy = new PrivacyNotice("Traiter les demandes.", LegalBasis.PUBLIC_TASK, "Un an.",
                "Services de la mairie.");
        tenants.publishProcedure(limoges, new ProcedureDescription(BIRTH, "Obtenir une copie d’acte.",
                Category.ETAT_CIVIL, null, null, 10, "État civil"), privacy, TestTenants.SIMPLE_FORM);
        tenants.publishProcedure(limoges, new ProcedureDescription("Signalement d’un dépôt sauvage",
                "Signaler des déchets abandonnés.", Category.VOIRIE_PROPRETE, null, null, 10, "Propreté urbaine"),
                privacy, TestTenants.SIMPLE_FORM);
        for (String name : List.of("Martin", "Bernard")) {
            births.add(submit("demande-d-acte-de-naissance", name));
        }
        for (String name : List.of("Petit", "Durand", "Leroy")) {
            dumps.add(submit("signalement-d-un-depot-sauvage", name));
        }
        Acting.as("maire@limoges.test", () -> Acting.in(limoges, () -> {
            RequestFile seen = casework.open(births.getFirst().requestId());
            return casework.move(seen.id(), seen.lockVersion(), "prendre_en_charge", null);
        }), "ROLE_ADMIN");
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorsTeamBoundsWhatItsAgentSees() {
        SignInPage.open(browser, base()).signIn(TestTenants.agentOf(limoges), TestTenants.PASSWORD);
        browser.open(base() + "/agents/equipes");
        assertThat(text(By.tagName("h1"))).isEqualTo("Équipes");
        assertThat(text(By.cssSelector(".team-list"))).contains("Aucune équipe pour l’instant.");

        createTeam("État civil");
        browser.waitUntil(d -> text(By.cssSelector(".team-list")).contains("État civil"));
        assertThat(text(By.cssSelector(".team-list"))).contains("Agents : Élise Martin", "Démarches : " + BIRTH);
        assertThat(text(By.cssSelector(".teams-view [role=status]")))
                .contains("L’équipe « État civil » est enregistrée.");
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();

        createTeam("état civil");
        browser.waitUntil(d -> text(By.cssSelector(".team-form [role=alert]")).contains("Une équipe s’appelle déjà"));
        assertThat(text(By.cssSelector(".team-form [role=alert]")))
                .isEqualTo("Une équipe s’appelle déjà « État civil » : choisissez un autre nom.");
        assertThat(browser.seriousAccessibilityViolations()).as("with the refusal shown: "
                + Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();

        browser.open(base() + "/agents/demandes/" + births.getLast().requestId());
        click(By.xpath("//vaadin-select[./label[contains(., 'Équipe chargée de la demande')]]"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='État civil']"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Attribuer à l’équipe']"));
        browser.waitUntil(d -> text(By.cssSelector(".request-timeline")).contains("Attribuée à l’équipe État civil"));
        assertThat(text(By.cssSelector(".request-summary"))).contains("Équipe", "État civil");
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();

        try (Browser clerk = new Browser()) {
            SignInPage.open(clerk, base()).signIn(CLERK, TestTenants.PASSWORD);
            clerk.open(base() + "/agents/demandes");
            clerk.waitUntil(d -> d.findElements(By.linkText(births.getLast().reference())).size() == 1);
            assertThat(clerk.find(By.cssSelector(".status-counters")).getDomProperty("innerText")).contains(
                    "Toutes (2)", "Reçue, à instruire (1)", "En cours d’instruction (1)", "Clôturée (0)");
            assertThat(clerk.findAll(By.linkText(births.getFirst().reference()))).hasSize(1);
            for (SubmissionResult dump : dumps) {
                assertThat(clerk.findAll(By.linkText(dump.reference()))).isEmpty();
            }
            assertThat(clerk.seriousAccessibilityViolations())
                    .as(Browser.describe(clerk.seriousAccessibilityViolations())).isEmpty();
            clerk.find(By.xpath("//vaadin-select[./label[normalize-space(.)='Équipe']]")).click();
            clerk.find(By.xpath("//vaadin-select-item[normalize-space(.)='Mon équipe']")).click();
            clerk.waitForVaadin();
            clerk.waitUntil(d -> d.findElement(By.cssSelector(".status-counters")).getDomProperty("innerText")
                    .contains("Toutes (1)"));
            clerk.waitUntil(d -> d.findElements(By.linkText(births.getFirst().reference())).isEmpty());
            assertThat(clerk.findAll(By.linkText(births.getLast().reference()))).hasSize(1);

            clerk.open(base() + "/agents/demandes/" + dumps.getFirst().requestId());
            assertThat(clerk.find(By.tagName("h1")).getDomProperty("innerText")).isEqualTo("Page introuvable");
            assertThat(clerk.find(By.cssSelector(".guichet-error-page")).getDomProperty("innerText"))
                    .contains("La page demandée n’existe pas ou n’est plus disponible.");
        }
    }

    @Test
    void anAgentInNoTeamSeesNoRequestAndIsToldWhy() {
        tenants.plainAgent(limoges, "nouvel-agent@limoges.test", "Nouvel agent");
        SignInPage.open(browser, base()).signIn("nouvel-agent@limoges.test", TestTenants.PASSWORD);
        browser.open(base() + "/agents/demandes");

        assertThat(text(By.cssSelector(".inbox-scope"))).isEqualTo("Vous ne faites partie d’aucune équipe : aucune"
                + " demande ne vous est montrée. Demandez à un administrateur de la commune de vous ajouter à l’équipe"
                + " qui traite vos démarches (menu « Équipes »).");
        assertThat(text(By.cssSelector(".status-counters"))).contains("Toutes (0)");
        assertThat(browser.findAll(By.linkText(births.getFirst().reference()))).isEmpty();
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();
    }

    private void createTeam(String name) {
        click(By.xpath("//vaadin-button[normalize-space(.)='Créer une équipe']"));
        var field = browser.find(By.xpath("//vaadin-text-field[./label[contains(., 'Nom de l’équipe')]]//input"));
        field.clear();
        field.sendKeys(name);
        click(By.xpath("//vaadin-checkbox-group[./label[contains(., 'Agents de l’équipe')]]"
                + "//vaadin-checkbox[contains(., 'Élise Martin')]"));
        click(By.xpath("//vaadin-checkbox-group[./label[contains(., 'Démarches traitées')]]"
                + "//vaadin-checkbox[contains(., '" + BIRTH + "')]"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Enregistrer']"));
    }

    /** Clicks an element once scrolled into the middle of the layout's scrolling area. */
    private void click(By by) {
        var element = browser.find(by);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        browser.waitForVaadin();
    }

    private SubmissionResult submit(String slug, String name) {
        return TenantContext.supplyAs(limoges.asCurrent(), () -> submissions.submitOnline(slug,
                Map.of("nom", name), Requester.guest(name, name.toLowerCase() + "@exemple.fr")));
    }

    private String text(By by) {
        return browser.find(by).getDomProperty("innerText");
    }

    private String base() {
        return "http://limoges.localhost:" + port;
    }
}
