package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.requests.Requester;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A platform operator sees a commune's search index health in tenant-admin and rebuilds it, following the progress
 * bar to the end; axe-core finds no serious violation.
 */
@BrowserTest
class SearchIndexAdminBrowserTest {

    private static final String OPERATOR = "operateur.index@guichet.test";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    Submissions submissions;

    @Test
    void anOperatorRebuildsACommunesIndexWithAProgressBar() throws Exception {
        Tenant limoges = tenants.commune("87085", "limoges", null, "#0b4f6c", "#5b3a00");
        tenants.publishProcedure(limoges, new ProcedureDescription("Signalement", "Signaler un problème.",
                Category.VOIRIE_PROPRETE, null, null, 10, "Services techniques"), new PrivacyNotice(
                "Traiter les signalements.", LegalBasis.PUBLIC_TASK, "Un an.", "Services techniques."),
                TestTenants.SIMPLE_FORM);
        for (String name : new String[] {"Martin", "Bernard"}) {
            TenantContext.supplyAs(limoges.asCurrent(), () -> submissions.submitOnline("signalement",
                    Map.of("nom", name), Requester.guest(name, "usager@exemple.fr")));
        }
        tenants.operator(OPERATOR, null);

        try (Browser browser = new Browser()) {
            SignInPage.open(browser, admin()).signIn(OPERATOR, TestTenants.PASSWORD);
            TenantDetailPage.open(browser, admin(), limoges);
            assertThat(text(browser, By.cssSelector(".search-index-health"))).contains("Index à jour",
                    "2 demandes en base, 2 dans l’index");
            assertThat(text(browser, By.cssSelector(".search-index-engine")))
                    .isEqualTo("Moteur de recherche : Lucene, intégré à l’application.");

            var reindex = browser.find(By.xpath("//vaadin-button[normalize-space(.)='Reconstruire l’index']"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", reindex);
            reindex.click();
            browser.waitUntil(d -> text(browser, By.cssSelector(".search-index-status"))
                    .contains("Reconstruction terminée : 2 demandes indexées."));
            assertThat(browser.find(By.id("search-index-progress")).getDomProperty("value")).isEqualTo("1");
            assertThat(text(browser, By.cssSelector(".search-index-health"))).contains("Index à jour");
            assertThat(browser.seriousAccessibilityViolations())
                    .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();
        }
    }

    private static String text(Browser browser, By by) {
        return browser.find(by).getDomProperty("innerText");
    }

    private String admin() {
        return "http://admin.localhost:" + port;
    }
}
