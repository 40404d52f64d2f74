package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.tenancy.Tenant;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A tenant whose schema is behind the release is never served: maintenance page, upgrade, then service. */
@BrowserTest
class MaintenanceGateTest {

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTenantWhoseSchemaIsBehindGetsTheMaintenancePageUntilItIsUpgraded() throws Exception {
        Tenant privas = tenants.commune("07186", "privas", null, "#1f4e8c", "#2f5d3a");
        String host = privas.defaultHost() + ":" + port;
        assertThat(RawHttp.get(port, host, "/").status()).isEqualTo(200);

        // What a new release looks like to an existing tenant: its recorded schema version is below the latest.
        jdbc.sql("UPDATE platform.tenants SET schema_version = 0, version = version + 1 WHERE id = ?")
                .param(privas.id().value()).update();
        tenants.forgetCachedHosts(privas);

        RawHttp.Response maintenance = RawHttp.get(port, host, "/");
        assertThat(maintenance.status()).isEqualTo(503);
        assertThat(maintenance.body()).contains("Privas – maintenance en cours").contains("en cours de mise à jour");

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = 503;
        while (status == 503 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = RawHttp.get(port, host, "/").status();
        }
        assertThat(status).as("served again once the background upgrade has run").isEqualTo(200);
    }
}
