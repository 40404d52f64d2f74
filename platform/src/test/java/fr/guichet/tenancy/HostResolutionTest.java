package fr.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class HostResolutionTest {

    @Autowired
    HostResolution hosts;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantLifecycle lifecycle;

    @Test
    void theDefaultHostOfATenantResolvesToIt() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "hote");

        assertThat(hosts.resolve(tenant.slug() + ".localhost")).isEqualTo(new Site.OfTenant(tenant));
        assertThat(hosts.resolve(tenant.slug() + ".localhost:8080")).isEqualTo(new Site.OfTenant(tenant));
    }

    @Test
    void hostHeadersAreNormalisedBeforeResolution() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "casse");

        assertThat(hosts.resolve(tenant.slug().toUpperCase() + ".LocalHost")).isEqualTo(new Site.OfTenant(tenant));
        assertThat(hosts.resolve(" " + tenant.slug() + ".localhost.:443 ")).isEqualTo(new Site.OfTenant(tenant));
    }

    @Test
    void aCustomDomainAddedLaterResolvesToTheTenantAtOnce() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "domaine");
        String custom = "demarches." + tenant.slug() + ".example.fr";
        assertThat(hosts.resolve(custom)).isEqualTo(new Site.Unknown());

        OperatorScopes.callAsPlatform(() -> lifecycle.addHost(tenant.id(), custom));

        assertThat(hosts.resolve(custom)).isInstanceOfSatisfying(Site.OfTenant.class,
                site -> assertThat(site.tenant().hosts()).containsExactly(tenant.defaultHost(), custom));
    }

    @Test
    void theOperatorHostResolvesToTenantAdmin() {
        assertThat(hosts.resolve("admin.localhost")).isEqualTo(new Site.Operator());
        assertThat(hosts.resolve("admin.localhost:8080")).isEqualTo(new Site.Operator());
    }

    @Test
    void aWellFormedHostNoTenantAnswersToIsUnknown() {
        assertThat(hosts.resolve("personne-" + UUID.randomUUID() + ".localhost")).isEqualTo(new Site.Unknown());
        assertThat(hosts.resolve("localhost")).isEqualTo(new Site.Unknown());
        assertThat(hosts.resolve("www.example.fr")).isEqualTo(new Site.Unknown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"évil.localhost", "a b", "x..y", "host:99999999", "", " ", ":8080", "host:", "host:80a",
            "-debut.localhost", "fin-.localhost", "a_b.localhost", "[::1]:8080", "x.localhost/path",
            "user@x.localhost"})
    void oddHostHeadersAreInvalid(String header) {
        assertThat(hosts.resolve(header)).isEqualTo(new Site.Invalid());
    }

    @Test
    void aSuspensionIsSeenAtOnceByHostResolution() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "suspendue");
        assertThat(hosts.resolve(tenant.defaultHost())).isEqualTo(new Site.OfTenant(tenant));

        OperatorScopes.callAsPlatform(() -> lifecycle.suspend(tenant.id(), "  Maintenance du portail.  "));

        assertThat(hosts.resolve(tenant.defaultHost())).isInstanceOfSatisfying(Site.OfTenant.class, site -> {
            assertThat(site.tenant().status()).isEqualTo(TenantStatus.SUSPENDED);
            assertThat(site.tenant().statusMessage()).isEqualTo("Maintenance du portail.");
        });

        OperatorScopes.callAsPlatform(() -> lifecycle.resume(tenant.id()));

        assertThat(hosts.resolve(tenant.defaultHost())).isInstanceOfSatisfying(Site.OfTenant.class,
                site -> assertThat(site.tenant().status()).isEqualTo(TenantStatus.ACTIVE));
    }

    @Test
    void aHostResolvedAsUnknownIsFoundOnceItsTenantIsProvisioned() throws Exception {
        String insee = FreshTerritories.communeCode();
        String slug = FreshTerritories.slugFor("bientot", insee);
        assertThat(hosts.resolve(slug + ".localhost")).isEqualTo(new Site.Unknown());

        Tenant tenant = OperatorScopes.callAsPlatform(() -> provisioning.provision(
                ProvisioningRequest.commune(insee, slug, null), ProvisioningProgress.NONE)).tenant();

        assertThat(hosts.resolve(slug + ".localhost")).isEqualTo(new Site.OfTenant(tenant));
    }
}
