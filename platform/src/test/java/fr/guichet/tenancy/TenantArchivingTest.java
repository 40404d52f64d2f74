package fr.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TenantArchivingTest {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantLifecycle lifecycle;
    @Autowired
    HostResolution hosts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anArchivedTenantIsNoLongerServedButKeepsItsData() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "archive");
        assertThat(hosts.resolve(tenant.defaultHost())).isInstanceOf(Site.OfTenant.class);

        Tenant archived = OperatorScopes.callAsPlatform(() -> lifecycle.archive(tenant.id()));

        assertThat(archived.status()).isEqualTo(TenantStatus.ARCHIVED);
        assertThat(((Site.OfTenant) hosts.resolve(tenant.defaultHost())).tenant().status())
                .isEqualTo(TenantStatus.ARCHIVED);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?")
                .param(tenant.schema()).query(Integer.class).single()).as("its data are kept").isEqualTo(1);
        assertThatThrownBy(() -> OperatorScopes.callAsPlatform(() -> lifecycle.resume(tenant.id())))
                .isInstanceOf(TenantStateConflict.class);
    }
}
