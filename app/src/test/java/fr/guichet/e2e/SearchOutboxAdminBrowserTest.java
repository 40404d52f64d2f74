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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Outbox indexing (several nodes, decision 017): a platform operator sees a commune's failed indexing in tenant-admin,
 * with its French message, and retries it once the cause is fixed; this node's poller runs (every 200 ms) and gives
 * up after one attempt here. axe-core finds no serious violation.
 */
@BrowserTest
@TestPropertySource(properties = {"guichet.search.indexing=outbox", "guichet.search.outbox.max-attempts=1"})
class SearchOutboxAdminBrowserTest {

    private static final String OPERATOR = "operateur.file@guichet.test";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Submissions submissions;

    @Test
    void anOperatorSeesAFailedIndexingAndRetriesIt() throws Exception {
        Tenant bourg = tenants.commune("01053", "bourg-en-bresse", null, "#0b4f6c", "#5b3a00");
        tenants.publishProcedure(bourg, new ProcedureDescription("Signalement", "Signaler un problème.",
                Category.VOIRIE_PROPRETE, null, null, 10, "Services techniques"), new PrivacyNotice(
                "Traiter les signalements.", LegalBasis.PUBLIC_TASK, "Un an.", "Services techniques."),
                TestTenants.SIMPLE_FORM);
        UUID request = TenantContext.supplyAs(bourg.asCurrent(), () -> submissions.submitOnline("signalement",
                Map.of("nom", "Martin"), Requester.guest("Martin", "usager@exemple.fr"))).requestId();
        tenants.operator(OPERATOR, null);
        waitFor(bourg, "PENDING", 0); // indexed by this node's poller
        // The request's timeline cannot be read (a broken schema) when its next change is marked.
        jdbc.sql("ALTER TABLE " + bourg.schema() + ".request_events RENAME TO request_events_away").update();
        jdbc.sql("""
                INSERT INTO platform.search_outbox (tenant_id, request_id, changed_at, next_attempt_at)
                VALUES (?, ?, now(), now())""").params(bourg.id().value(), request).update();
        waitFor(bourg, "FAILED", 1);

        try (Browser browser = new Browser()) {
            SignInPage.open(browser, admin()).signIn(OPERATOR, TestTenants.PASSWORD);
            TenantDetailPage.open(browser, admin(), bourg);
            assertThat(browser.text(By.cssSelector(".search-outbox-backlog")))
                    .contains("0 modification(s) en attente d’indexation, dont 0 en nouvel essai ; 1 en échec.");
            assertThat(browser.text(By.cssSelector(".search-outbox-failures")))
                    .contains("en échec après 1 tentative(s). L’indexation a échoué");
            browser.assertAccessible();

            jdbc.sql("ALTER TABLE " + bourg.schema() + ".request_events_away RENAME TO request_events").update();
            browser.click(button(browser, "Réessayer les indexations en échec"));
            browser.waitUntil(d -> browser.text(By.cssSelector(".search-outbox-panel [role=status]"))
                    .contains("1 indexation(s) relancée(s)"));
            browser.waitUntil(d -> {
                browser.click(button(browser, "Actualiser la file d’attente"));
                return browser.text(By.cssSelector(".search-outbox-backlog"))
                        .contains("0 modification(s) en attente d’indexation, dont 0 en nouvel essai ; 0 en échec.");
            });
            assertThat(browser.find(By.cssSelector(".search-outbox-failures")).isDisplayed()).isFalse();
            browser.assertAccessible();
        }
    }

    private void waitFor(Tenant tenant, String status, long rows) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (jdbc.sql("SELECT count(*) FROM platform.search_outbox WHERE tenant_id = ? AND status = ?")
                    .params(tenant.id().value(), status).query(Long.class).single() == rows) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never " + rows + " " + status + " row(s) for " + tenant.slug());
    }

    private static org.openqa.selenium.WebElement button(Browser browser, String label) {
        return browser.find(By.xpath("//vaadin-button[normalize-space(.)='" + label + "']"));
    }

    private String admin() {
        return "http://admin.localhost:" + port;
    }
}
