package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.tenancy.Tenant;
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

    @Test
    void anOperatorSeesAFailedIndexingAndRetriesIt() throws Exception {
        Tenant bourg = tenants.commune("01053", "bourg-en-bresse", null, "#0b4f6c", "#5b3a00");
        tenants.operator(OPERATOR, null);
        // The commune's requests cannot be read (a broken schema) when a change of one of them is marked.
        jdbc.sql("ALTER TABLE " + bourg.schema() + ".requests RENAME TO requests_away").update();
        jdbc.sql("""
                INSERT INTO platform.search_outbox (tenant_id, request_id, changed_at, next_attempt_at)
                VALUES (?, ?, now(), now())""").params(bourg.id().value(), UUID.randomUUID()).update();
        waitForFailure(bourg);

        try (Browser browser = new Browser()) {
            SignInPage.open(browser, admin()).signIn(OPERATOR, TestTenants.PASSWORD);
            TenantDetailPage.open(browser, admin(), bourg);
            assertThat(browser.text(By.cssSelector(".search-outbox-backlog")))
                    .contains("0 modification(s) en attente d’indexation, dont 0 en nouvel essai ; 1 en échec.");
            assertThat(browser.text(By.cssSelector(".search-outbox-failures")))
                    .contains("en échec après 1 tentative(s). L’indexation a échoué");
            browser.assertAccessible();

            jdbc.sql("ALTER TABLE " + bourg.schema() + ".requests_away RENAME TO requests").update();
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

    private void waitForFailure(Tenant tenant) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (jdbc.sql("SELECT count(*) FROM platform.search_outbox WHERE tenant_id = ? AND status = 'FAILED'")
                    .param(tenant.id().value()).query(Long.class).single() == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the poller never gave up on the broken commune");
    }

    private static org.openqa.selenium.WebElement button(Browser browser, String label) {
        return browser.find(By.xpath("//vaadin-button[normalize-space(.)='" + label + "']"));
    }

    private String admin() {
        return "http://admin.localhost:" + port;
    }
}
