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

/** Two communes' portals on one instance: each shows its own name and colours, and every page passes axe-core. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;

    private Browser browser;
    private Tenant chamonix;
    private Tenant lons;

    @BeforeAll
    void provisionTwoCommunes() throws Exception {
        chamonix = tenants.commune("74056", "chamonix-mont-blanc", null, "#1f4e8c", "#2f5d3a");
        lons = tenants.commune("39300", "lons-le-saunier", null, "#8a1c1c", "#3d2a63");
        browser = new Browser();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void eachCommunesPortalShowsItsOwnNameAndColours() {
        PortalPage first = PortalPage.open(browser, url(chamonix, "/"));
        assertThat(first.communeName()).isEqualTo("Chamonix-Mont-Blanc");
        assertThat(first.headerBackground()).isIn("rgb(31, 78, 140)", "rgba(31, 78, 140, 1)");
        assertThat(first.footerBackground()).isIn("rgb(47, 93, 58)", "rgba(47, 93, 58, 1)");
        assertThat(first.title()).contains("Chamonix-Mont-Blanc");
        browser.screenshot("portal-chamonix");

        PortalPage second = PortalPage.open(browser, url(lons, "/"));
        assertThat(second.communeName()).isEqualTo("Lons-le-Saunier");
        assertThat(second.headerBackground()).isIn("rgb(138, 28, 28)", "rgba(138, 28, 28, 1)");
        assertThat(second.pageText()).doesNotContain("Chamonix");
        browser.screenshot("portal-lons");
    }

    @Test
    void theCatalogSaysPlainlyThatNoProcedureIsOnlineYet() {
        PortalPage portal = PortalPage.open(browser, url(lons, "/"));
        assertThat(portal.emptyCatalogText()).contains("Aucune démarche n’est encore proposée en ligne")
                .contains("Lons-le-Saunier");
    }

    @Test
    void theLegalPagesAreReachableFromTheFooterAndNameTheCommune() {
        PortalPage portal = PortalPage.open(browser, url(chamonix, "/"));
        portal.followFooterLink("Données personnelles");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Données personnelles");
        assertThat(portal.pageText()).contains("Chamonix-Mont-Blanc traite les données");
    }

    @Test
    void everyPortalPageVisitedHasNoSeriousOrCriticalAccessibilityViolation() {
        for (Tenant tenant : new Tenant[] {chamonix, lons}) {
            for (String path : new String[] {"/", "/informations/mentions-legales", "/informations/accessibilite",
                    "/informations/donnees-personnelles", "/page-qui-n-existe-pas"}) {
                browser.open(url(tenant, path));
                var violations = browser.seriousAccessibilityViolations();
                assertThat(violations).as("axe-core on %s%s:%s", tenant.slug(), path, Browser.describe(violations))
                        .isEmpty();
            }
        }
    }

    @Test
    void anUnknownHostGetsAFrenchNotFoundPageThatNamesNoTenant() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "inconnue.localhost:" + port, "/");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Aucun service en ligne n’est proposé à cette adresse")
                .doesNotContain("Chamonix").doesNotContain("Lons");

        browser.open("http://inconnue.localhost:" + port + "/");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aHostHeaderWithOddCharactersIsRefusedInFrench() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "évil.localhost", "/");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Adresse invalide");
    }

    @Test
    void thePortalIsNotServedOnTheOperatorHostNorTheAdminOnACommunesHost() {
        browser.open("http://admin.localhost:" + port + "/informations/mentions-legales");
        assertThat(browser.find(By.tagName("h1")).getText()).isNotEqualTo("Mentions légales");
        browser.open(url(chamonix, "/ajouter-une-commune"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
    }

    private String url(Tenant tenant, String path) {
        return "http://" + tenant.defaultHost() + ":" + port + path;
    }
}
