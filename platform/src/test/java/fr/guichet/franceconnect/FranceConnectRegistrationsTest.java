package fr.guichet.franceconnect;

import fr.guichet.secrets.SecretKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.Acting;
import fr.guichet.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

@IntegrationTest
class FranceConnectRegistrationsTest {

    private static final String ISSUER = "https://fcp-low.integ01.dev-franceconnect.fr/api/v2";

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    FranceConnectRegistrations registrations;
    @Autowired
    TenantClientRegistrations clients;
    @Autowired
    SecretKeys keys;
    @Autowired
    JdbcClient jdbc;
    @Value("${guichet.secrets.keys}")
    String configuredKeys;

    @Test
    void theSecretIsStoredEncryptedAndOnlyDecryptsInItsOwnTenant() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "fc-secret-a");
        Tenant b = FreshTerritories.provisionCommune(provisioning, "fc-secret-b");
        save(a, new RegistrationChange("client-a", "secret-tres-long-a", ISSUER + "/"));
        save(b, new RegistrationChange("client-b", "secret-tres-long-b", ISSUER));

        String stored = jdbc.sql("SELECT client_secret FROM platform.franceconnect_clients WHERE tenant_id = ?")
                .param(a.id().value()).query(String.class).single();
        assertThat(stored).startsWith("v1:test:").doesNotContain("secret-tres-long-a");
        ClientRegistration inA = Acting.in(a, () -> clients.findByRegistrationId("franceconnect"));
        assertThat(inA.getClientSecret()).isEqualTo("secret-tres-long-a");
        assertThat(inA.getProviderDetails().getIssuerUri()).isEqualTo(ISSUER);
        assertThat(inA.getProviderDetails().getJwkSetUri()).isEqualTo(ISSUER + "/jwks");

        // A's ciphertext copied into B's row does not decrypt there: B's portal stops offering FranceConnect
        jdbc.sql("UPDATE platform.franceconnect_clients SET client_secret = ? WHERE tenant_id = ?")
                .params(stored, b.id().value()).update();
        Acting.as("operatrice", () -> {
            registrations.remove(b);
            return null;
        }, "ROLE_OPERATOR");
        jdbc.sql("INSERT INTO platform.franceconnect_clients (tenant_id, client_id, client_secret, secret_key_id, "
                + "provider_url, updated_at, updated_by) VALUES (?, 'client-b', ?, 'test', ?, now(), 'sql')")
                .params(b.id().value(), stored, ISSUER).update();
        assertThat(Acting.in(b, () -> clients.findByRegistrationId("franceconnect"))).isNull();
    }

    @Test
    void eachTenantResolvesItsOwnRegistrationAndAChangeIsSeenAtOnce() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "fc-iso-a");
        Tenant b = FreshTerritories.provisionCommune(provisioning, "fc-iso-b");
        save(a, new RegistrationChange("client-a", "secret-tres-long-a", ISSUER));

        assertThat(Acting.in(a, () -> clients.findByRegistrationId("franceconnect").getClientId()))
                .isEqualTo("client-a");
        assertThat(Acting.in(b, () -> clients.findByRegistrationId("franceconnect"))).isNull();
        assertThat(Acting.in(b, registrations::offeredHere)).isFalse();
        assertThat(clients.findByRegistrationId("franceconnect")).as("no tenant, no registration").isNull();
        assertThat(Acting.in(a, () -> clients.findByRegistrationId("autre"))).isNull();

        save(a, new RegistrationChange("client-a2", "", ISSUER));
        ClientRegistration changed = Acting.in(a, () -> clients.findByRegistrationId("franceconnect"));
        assertThat(changed.getClientId()).isEqualTo("client-a2");
        assertThat(changed.getClientSecret()).as("a blank secret keeps the stored one").isEqualTo("secret-tres-long-a");

        Acting.as("operatrice", () -> {
            registrations.remove(a);
            return null;
        }, "ROLE_OPERATOR");
        assertThat(Acting.in(a, registrations::offeredHere)).isFalse();
    }

    @Test
    void badInputIsRefusedInFrenchAndWritesNothing() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "fc-invalide");

        assertThatThrownBy(() -> save(a, new RegistrationChange("client id", "court", "http://ailleurs.example/api")))
                .isInstanceOfSatisfying(InvalidRegistration.class, refused -> assertThat(refused.problems())
                        .containsExactly("L’identifiant client ne doit contenir que des lettres, des chiffres, « . », "
                                        + "« _ », « ~ » ou « - » (200 caractères au plus).",
                                "Le secret client doit compter de 8 à 500 caractères, sans espace.",
                                "L’adresse du fournisseur doit commencer par https:// (http:// n’est accepté que "
                                        + "pour le simulateur sur cette machine)."));
        assertThatThrownBy(() -> save(a, new RegistrationChange("", "", "https://x.example/api?a=b")))
                .isInstanceOfSatisfying(InvalidRegistration.class, refused -> assertThat(refused.problems())
                        .hasSize(3).first().asString().startsWith("Saisissez l’identifiant client"));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.franceconnect_clients WHERE tenant_id = ?")
                .param(a.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void onlyPlatformOperatorsManageRegistrations() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "fc-droits");
        assertThatThrownBy(() -> Acting.as("admin-epci", () -> registrations.save(a,
                new RegistrationChange("client-a", "secret-tres-long-a", ISSUER)), "ROLE_EPCI_ADMIN"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent", () -> registrations.of(a), "ROLE_AGENT", "ROLE_ADMIN"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void secretsUnderAnOlderKeyAreReencryptedUnderTheCurrentOne() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "fc-rotation");
        save(a, new RegistrationChange("client-a", "secret-tres-long-a", ISSUER));
        SecretKeys old = new SecretKeys(configuredKeys, "old");
        jdbc.sql("UPDATE platform.franceconnect_clients SET client_secret = ?, secret_key_id = 'old' "
                + "WHERE tenant_id = ?").params(old.encrypt("secret-tourne", a.id().toString()), a.id().value())
                .update();

        assertThat(registrations.reencryptUnderCurrentKey()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("SELECT secret_key_id FROM platform.franceconnect_clients WHERE tenant_id = ?")
                .param(a.id().value()).query(String.class).single()).isEqualTo("test");
        assertThat(Acting.in(a, () -> clients.findByRegistrationId("franceconnect").getClientSecret()))
                .isEqualTo("secret-tourne");
    }

    private FranceConnectRegistration save(Tenant tenant, RegistrationChange change) {
        return Acting.as("operatrice@guichet.test", () -> registrations.save(tenant, change), "ROLE_OPERATOR");
    }
}
