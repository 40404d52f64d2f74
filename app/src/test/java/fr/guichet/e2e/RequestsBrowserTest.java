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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Agents process requests in the back office: the inbox with counters per status, a request's page with its answers
 * and timeline, a workflow move that needs a comment, and two agents acting at once (the second is told, and what
 * they typed is still there). axe-core finds no serious violation.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    Submissions submissions;
    @Autowired
    Casework casework;
    @Autowired
    fr.guichet.identity.AgentAccounts agents;
    @Autowired
    fr.guichet.teams.TeamAdministration teams;
    @Autowired
    fr.guichet.catalog.Catalog catalog;

    private Tenant bastia;
    private final List<SubmissionResult> submitted = new ArrayList<>();
    private Browser browser;

    @BeforeAll
    void aCommuneWithThreeRequests() throws Exception {
        bastia = tenants.commune("2B033", "bastia", null, "#0b4f6c", "#5b3a00");
        tenants.publishProcedure(bastia, new ProcedureDescription("Signalement d’un dépôt sauvage",
                "Signaler des déchets abandonnés.", Category.VOIRIE_PROPRETE, null, null, 10, "Propreté urbaine"),
                new PrivacyNotice("Traiter les signalements.", LegalBasis.PUBLIC_TASK, "Un an.", "Propreté urbaine."),
                TestTenants.SIMPLE_FORM);
        // The colleague who acts meanwhile is an agent of the team that processes the procedure (decision 014).
        fr.guichet.testsupport.TestTeams.team(agents, teams, catalog, bastia, "Propreté urbaine",
                "collegue@bastia.test", "signalement-d-un-depot-sauvage");
        for (String name : List.of("Martin", "Bernard", "Petit")) {
            submitted.add(TenantContext.supplyAs(bastia.asCurrent(), () -> submissions.submitOnline(
                    "signalement-d-un-depot-sauvage", Map.of("nom", name), Requester.guest(name,
                            name.toLowerCase() + "@exemple.fr"))));
        }
    }

    @BeforeEach
    void agentSignedIn() {
        browser = new Browser();
        SignInPage.open(browser, base()).signIn(TestTenants.agentOf(bastia), TestTenants.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theInboxCountsRequestsPerStatusAndFiltersOnOne() {
        browser.open(base() + "/agents/demandes");
        browser.find(By.xpath("//vaadin-select[./label[contains(., 'Canal')]]")).click();
        browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='En ligne']")).click();
        browser.waitForVaadin();
        assertThat(text(By.cssSelector(".status-counters"))).contains("Toutes (3)", "Reçue, à instruire (3)",
                "En cours d’instruction (0)");
        browser.waitUntil(d -> d.findElements(By.linkText(submitted.getFirst().reference())).size() == 1);
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();

        browser.find(By.xpath("//button[contains(., 'Clôturée (0)')]")).click();
        browser.waitForVaadin();
        assertThat(browser.findAll(By.linkText(submitted.getFirst().reference()))).isEmpty();
        assertThat(browser.find(By.xpath("//button[contains(., 'Clôturée (0)')]")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void anAgentAsksForMoreInformationWithARequiredComment() {
        SubmissionResult request = submitted.get(1);
        browser.open(base() + "/agents/demandes");
        browser.find(By.linkText(request.reference())).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/agents/demandes/[0-9a-f-]{36}"));
        browser.waitForVaadin();
        assertThat(text(By.tagName("h1"))).isEqualTo("Demande " + request.reference());
        assertThat(text(By.cssSelector(".request-answers"))).contains("Nom", "Bernard");
        assertThat(text(By.cssSelector(".request-timeline"))).contains("Demande déposée : Reçue, à instruire");

        browser.find(By.xpath("//vaadin-button[normalize-space(.)='Demander des compléments']")).click();
        browser.find(By.xpath("//vaadin-dialog-overlay//vaadin-button[normalize-space(.)="
                + "'Demander des compléments'] | //vaadin-dialog//vaadin-button[normalize-space(.)="
                + "'Demander des compléments']")).click();
        browser.waitForVaadin();
        assertThat(browser.find(By.cssSelector("vaadin-dialog vaadin-text-area, vaadin-dialog-overlay vaadin-text-area"))
                .getDomProperty("errorMessage")).contains("cette action l’exige");
        browser.find(By.cssSelector("vaadin-dialog vaadin-text-area textarea")).sendKeys(
                "Merci de préciser l’adresse exacte du dépôt.");
        browser.find(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Demander des compléments']"
                + " | //vaadin-dialog-overlay//vaadin-button[normalize-space(.)='Demander des compléments']")).click();
        browser.waitForVaadin();

        assertThat(text(By.cssSelector(".request-summary"))).contains("En attente de compléments");
        assertThat(text(By.cssSelector(".request-timeline"))).contains(
                "Statut : Reçue, à instruire → En attente de compléments",
                "Merci de préciser l’adresse exacte du dépôt.");
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();
    }

    @Test
    void theSecondOfTwoAgentsIsToldAndKeepsWhatTheyTyped() {
        SubmissionResult request = submitted.get(2);
        browser.open(base() + "/agents/demandes/" + request.requestId());
        var note = browser.find(By.xpath("//vaadin-text-area[./label[contains(., 'Note interne')]]//textarea"));
        note.sendKeys("Passage prévu jeudi.", Keys.TAB);
        browser.waitForVaadin();

        TenantContext.runAs(bastia.asCurrent(), () -> asColleague(() -> {
            RequestFile seen = casework.open(request.requestId());
            casework.move(request.requestId(), seen.lockVersion(), "prendre_en_charge", null);
        }));
        browser.find(By.xpath("//vaadin-button[normalize-space(.)='Ajouter la note']")).click();
        browser.waitForVaadin();

        assertThat(text(By.cssSelector(".request-outcome"))).contains("vient d’être modifiée par une autre personne");
        assertThat(note.getDomProperty("value")).isEqualTo("Passage prévu jeudi.");
        browser.find(By.xpath("//vaadin-button[normalize-space(.)='Afficher la demande à jour']")).click();
        browser.waitForVaadin();
        assertThat(text(By.cssSelector(".request-summary"))).contains("En cours d’instruction");
        assertThat(text(By.cssSelector(".request-timeline"))).contains("collegue@bastia.test")
                .doesNotContain("Passage prévu jeudi.");
    }

    @Test
    void anAgentRegistersARequestMadeAtTheCounterInThePortalsOwnForm() {
        browser.open(base() + "/agents/demandes");
        browser.find(By.linkText("Enregistrer une demande reçue hors ligne")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/agents/demandes/nouvelle"));
        browser.waitForVaadin();
        browser.find(By.xpath("//vaadin-select[./label[contains(., 'Démarche')]]")).click();
        browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='Signalement d’un dépôt sauvage']")).click();
        browser.waitForVaadin();
        browser.find(By.xpath("//vaadin-text-field[./label[contains(., 'Nom et prénom')]]//input"))
                .sendKeys("Jeanne Dupont", Keys.TAB);
        browser.waitForVaadin();
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();
        browser.find(By.xpath("//vaadin-button[normalize-space(.)='Remplir le formulaire']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/formulaire?pour="));
        browser.waitForVaadin();
        String intakeUrl = browser.driver().getCurrentUrl();
        assertThat(text(By.cssSelector(".preview-notice"))).contains("Saisie par un agent pour Jeanne Dupont",
                "au guichet");

        browser.find(By.cssSelector("#champ-nom input")).sendKeys("Dupont", Keys.TAB);
        browser.waitForVaadin();
        browser.find(By.xpath("//vaadin-button[normalize-space(.)='Suivant']")).click();
        browser.waitForVaadin();
        browser.find(By.xpath("//vaadin-button[normalize-space(.)='Enregistrer la demande']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/agents/demandes/"));
        browser.waitForVaadin();

        assertThat(text(By.cssSelector(".request-summary"))).contains("Au guichet", "Jeanne Dupont",
                "Enregistrée par", "agent@bastia.test");
        try (Browser citizen = new Browser()) {
            citizen.open(intakeUrl);
            assertThat(citizen.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
        }
    }

    private static void asColleague(Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "collegue@bastia.test", null, AuthorityUtils.createAuthorityList("ROLE_AGENT")));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String text(By by) {
        return browser.find(by).getDomProperty("innerText");
    }

    private String base() {
        return "http://bastia.localhost:" + port;
    }
}
