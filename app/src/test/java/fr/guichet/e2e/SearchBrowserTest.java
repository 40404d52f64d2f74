package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
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

/**
 * An agent searches requests from the box in the back office's header: results with highlighted extracts (what a
 * citizen typed stays text), facets as labelled checkboxes that narrow the results, the order; a reference typed
 * in the box opens its request. axe-core finds no serious violation.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {

    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demande", "Votre demande",
            Section.of("probleme", "Le problème", Field.of("details", FieldType.LONG_TEXT, "Détails")
                    .asRequired()))));

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    Submissions submissions;

    private Tenant dijon;
    private SubmissionResult lamp;
    private SubmissionResult hole;
    private Browser browser;

    @BeforeAll
    void aCommuneWithRequestsOfTwoProcedures() throws Exception {
        dijon = tenants.commune("21231", "dijon", null, "#0b4f6c", "#5b3a00");
        publish("Éclairage public en panne");
        publish("Voirie abîmée");
        lamp = submit("eclairage-public-en-panne", "Le lampadaire de la rue Monge <img src=x onerror=alert(1)> clignote.",
                "Claire Martin");
        submit("eclairage-public-en-panne", "Deux lampadaires éteints place Darcy.", "Paul Durand");
        hole = submit("voirie-abimee", "Un trou sous le lampadaire du parc.", "Anne Roy");
    }

    @BeforeEach
    void agentSignedIn() {
        browser = new Browser();
        SignInPage.open(browser, base()).signIn(TestTenants.agentOf(dijon), TestTenants.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentSearchesFromTheHeaderAndNarrowsWithFacets() {
        browser.open(base() + "/agents/demandes");
        browser.find(By.cssSelector("[role=search] vaadin-text-field input")).sendKeys("LAMPADAIRE", Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/agents/recherche?q=LAMPADAIRE"));
        browser.waitForVaadin();

        assertThat(text(By.cssSelector(".search-summary"))).isEqualTo("3 demandes trouvées");
        assertThat(text(By.cssSelector(".search-hits"))).contains(lamp.reference(), hole.reference(),
                "Claire Martin", "Réponses : ");
        assertThat(browser.findAll(By.cssSelector(".search-extract mark"))).isNotEmpty();
        assertThat(browser.findAll(By.cssSelector(".search-extract img"))).isEmpty();
        assertThat(text(By.cssSelector(".search-hits"))).contains("<img src=x onerror=alert(1)>");
        assertThat(text(By.cssSelector(".search-facets"))).contains("Démarche", "Éclairage public en panne (2)",
                "Voirie abîmée (1)", "Statut", "Reçue, à instruire (3)", "Canal", "En ligne (3)",
                "Les 7 derniers jours (3)");
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();

        browser.find(By.xpath("//vaadin-checkbox[./label[contains(., 'Voirie abîmée (1)')]]//input")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("procedure="));
        browser.waitForVaadin();
        assertThat(text(By.cssSelector(".search-summary"))).isEqualTo("1 demande trouvée");
        assertThat(text(By.cssSelector(".search-hits"))).contains(hole.reference())
                .doesNotContain(lamp.reference());
        assertThat(text(By.cssSelector(".search-facets"))).contains("Éclairage public en panne (2)");

        browser.find(By.xpath("//vaadin-checkbox[./label[contains(., 'Voirie abîmée (1)')]]//input")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("procedure="));
        browser.waitForVaadin();
        browser.find(By.xpath("//vaadin-select[./label[contains(., 'Trier par')]]")).click();
        browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='Les plus anciennes d’abord']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("tri=ancien"));
        browser.waitForVaadin();
        assertThat(browser.findAll(By.cssSelector(".search-hit h3 a")).getFirst().getDomProperty("innerText"))
                .isEqualTo(lamp.reference());
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();
    }

    @Test
    void oddQueriesShowAFrenchNoticeAndAReferenceOpensItsRequest() {
        browser.open(base() + "/agents/recherche?q=" + "x".repeat(300) + "&statut=inconnu&page=abc&tri=n");
        browser.waitForVaadin();
        assertThat(text(By.cssSelector(".search-notice"))).contains("seuls ses 200 premiers caractères");
        assertThat(text(By.cssSelector(".search-summary"))).isEqualTo("Aucune demande ne correspond à cette recherche.");

        browser.find(By.cssSelector("[role=search] vaadin-text-field input")).sendKeys(hole.reference(), Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/agents/demandes/" + hole.requestId()));
        browser.waitForVaadin();
        assertThat(text(By.tagName("h1"))).isEqualTo("Demande " + hole.reference());
    }

    private void publish(String title) {
        tenants.publishProcedure(dijon, new ProcedureDescription(title, "Signaler un problème.",
                Category.VOIRIE_PROPRETE, null, null, 10, "Services techniques"), new PrivacyNotice(
                "Traiter les signalements.", LegalBasis.PUBLIC_TASK, "Un an.", "Services techniques."), FORM);
    }

    private SubmissionResult submit(String slug, String details, String name) {
        return TenantContext.supplyAs(dijon.asCurrent(), () -> submissions.submitOnline(slug,
                Map.of("details", details), Requester.guest(name, "usager@exemple.fr")));
    }

    private String text(By by) {
        return browser.find(by).getDomProperty("innerText");
    }

    private String base() {
        return "http://dijon.localhost:" + port;
    }
}
