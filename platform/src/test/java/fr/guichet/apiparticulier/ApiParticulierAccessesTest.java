package fr.guichet.apiparticulier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.Acting;
import fr.guichet.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ApiParticulierAccessesTest {

    private static final String SIRET = "21740010010003";

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    ApiParticulierAccesses accesses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTokenIsStoredEncryptedBoundToItsTenantAndKeptWhenLeftBlank() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "api-part-a");
        Tenant b = FreshTerritories.provisionCommune(provisioning, "api-part-b");
        save(a, new AccessChange("jeton-de-la-commune-a", "217 400 100 10003", ApiParticulierEnvironment.STAGING,
                ""));

        String stored = jdbc.sql("SELECT token FROM platform.api_particulier_access WHERE tenant_id = ?")
                .param(a.id().value()).query(String.class).single();
        assertThat(stored).startsWith("v1:test:").doesNotContain("jeton-de-la-commune-a");
        assertThat(accesses.connection(a.id())).hasValueSatisfying(connection -> {
            assertThat(connection.token()).isEqualTo("jeton-de-la-commune-a");
            assertThat(connection.siret()).isEqualTo(SIRET);
            assertThat(connection.baseUrl()).isEqualTo("https://staging.particulier.api.gouv.fr");
            assertThat(connection.toString()).doesNotContain("jeton");
        });
        assertThat(accesses.connection(b.id())).isEmpty();

        // A blank token keeps the stored one; the environment changes
        ApiParticulierAccess changed = save(a, new AccessChange(" ", SIRET, ApiParticulierEnvironment.SIMULATOR,
                "http://127.0.0.1:9090/"));
        assertThat(changed.baseUrl()).isEqualTo("http://127.0.0.1:9090");
        assertThat(accesses.connection(a.id()).orElseThrow().token()).isEqualTo("jeton-de-la-commune-a");

        // A's ciphertext copied into B's row does not decrypt there
        jdbc.sql("INSERT INTO platform.api_particulier_access (tenant_id, token, token_key_id, siret, environment,"
                + " base_url, updated_at, updated_by) VALUES (?, ?, 'test', ?, 'STAGING', 'https://x', now(), 'sql')")
                .params(b.id().value(), stored, SIRET).update();
        assertThat(accesses.connection(b.id())).isEmpty();
    }

    @Test
    void everyProblemIsToldInFrenchBeforeAnythingIsWritten() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "api-part-bad");
        assertThatThrownBy(() -> save(tenant, new AccessChange("", "21740010010004", null, "")))
                .isInstanceOfSatisfying(InvalidAccess.class, refused -> assertThat(refused.problems()).containsExactly(
                        "Saisissez le jeton d’accès délivré avec l’habilitation API Particulier.",
                        "Ce numéro SIRET n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).",
                        "Choisissez l’environnement d’API Particulier : production, test ou simulateur."));
        assertThatThrownBy(() -> save(tenant, new AccessChange("jeton avec espaces", "217400100",
                ApiParticulierEnvironment.SIMULATOR, "https://simulateur.exemple.fr")))
                .isInstanceOfSatisfying(InvalidAccess.class, refused -> assertThat(refused.problems()).hasSize(3)
                        .anySatisfy(p -> assertThat(p).startsWith("Le jeton d’accès doit compter"))
                        .anySatisfy(p -> assertThat(p).startsWith("Vous avez saisi 9 chiffres"))
                        .anySatisfy(p -> assertThat(p).startsWith("Le simulateur doit tourner sur cette machine")));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.api_particulier_access WHERE tenant_id = ?")
                .param(tenant.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void onlyPlatformOperatorsManageAccesses() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "api-part-role");
        assertThatThrownBy(() -> Acting.as("agent", () -> accesses.save(tenant, new AccessChange("jeton-valide-123",
                SIRET, ApiParticulierEnvironment.PRODUCTION, "")), "ROLE_ADMIN"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent", () -> accesses.of(tenant), "ROLE_ADMIN"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ApiParticulierAccess save(Tenant tenant, AccessChange change) throws Exception {
        return Acting.as("operatrice", () -> accesses.save(tenant, change), "ROLE_OPERATOR");
    }
}
