package fr.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.tenancy.internal.SchemaUpgrades;
import fr.guichet.tenancy.internal.TenantSchemas;
import fr.guichet.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SchemaUpgradesTest {

    @Autowired
    SchemaUpgrades upgrades;
    @Autowired
    TenantSchemas schemas;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantDirectory directory;
    @Autowired
    HostResolution hosts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFreshlyProvisionedTenantIsNotBehind() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "a-jour");

        assertThat(upgrades.isBehind(tenant)).isFalse();
    }

    @Test
    void aTenantLeftBehindByAnOlderReleaseIsReportedAndUpgradeAllBringsItBack() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "en-retard");
        Tenant upToDate = FreshTerritories.provisionCommune(provisioning, "voisine");
        jdbc.sql("UPDATE platform.tenants SET schema_version = 0 WHERE id = ?").param(tenant.id().value()).update();
        Tenant behind = directory.findBySlug(tenant.slug()).orElseThrow();

        assertThat(upgrades.isBehind(behind)).isTrue();

        int upgraded = upgrades.upgradeAll();

        Tenant after = directory.findBySlug(tenant.slug()).orElseThrow();
        assertThat(upgraded).isPositive();
        assertThat(after.schemaVersion()).isEqualTo(schemas.latestVersion());
        assertThat(upgrades.isBehind(after)).isFalse();
        assertThat(after.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(directory.findBySlug(upToDate.slug())).contains(upToDate);
        assertThat(upgrades.upgradeAll()).isZero();
    }

    @Test
    void hostResolutionSeesTheUpgradedVersionOnceUpgradeAllIsDone() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "cache-version");
        jdbc.sql("UPDATE platform.tenants SET schema_version = 0 WHERE id = ?").param(tenant.id().value()).update();
        assertThat(hosts.resolve(tenant.defaultHost())).isInstanceOfSatisfying(Site.OfTenant.class,
                site -> assertThat(upgrades.isBehind(site.tenant())).isTrue());

        upgrades.upgradeAll();

        assertThat(hosts.resolve(tenant.defaultHost())).isInstanceOfSatisfying(Site.OfTenant.class,
                site -> assertThat(site.tenant().schemaVersion()).isEqualTo(schemas.latestVersion()));
    }
}
