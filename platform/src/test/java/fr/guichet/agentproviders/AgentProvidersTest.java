package fr.guichet.agentproviders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentRole;
import fr.guichet.identity.LocalPasswordPolicy;
import fr.guichet.identity.LocalPasswordsRefused;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.ProvisioningProgress;
import fr.guichet.tenancy.ProvisioningRequest;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.Acting;
import fr.guichet.testsupport.IntegrationTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Agents' identity providers in the control plane: checked field by field and against the issuer's discovery document
 * before anything is written (French messages), the secret encrypted and bound to its tenant, resolved per tenant,
 * managed by operators and by an EPCI's administrator for its own communes only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentProvidersTest {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    AgentProviders providers;
    @Autowired
    AgentProviderSignIn signIn;
    @Autowired
    LocalPasswordPolicy passwords;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService signInAccounts;
    @Autowired
    AgentAccounts agents;

    private DiscoveryServer issuer;

    @BeforeAll
    void anIssuer() throws IOException {
        issuer = new DiscoveryServer();
    }

    @AfterAll
    void stop() {
        issuer.close();
    }

    @Test
    void aValidProviderIsStoredWithItsSecretEncryptedAndResolvedInItsOwnTenantOnly() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "idp-a");
        Tenant b = FreshTerritories.provisionCommune(provisioning, "idp-b");
        AgentProvider saved = save(a, new ProviderChange(ProviderKind.OIDC, " Compte de l’agglomération ",
                issuer.issuer() + "/", "guichet", "secret-tres-long-a", "", false));

        assertThat(saved.displayName()).isEqualTo("Compte de l’agglomération");
        assertThat(saved.issuer()).isEqualTo(issuer.issuer());
        assertThat(saved.scopes()).containsExactly("openid", "email", "profile");
        String stored = jdbc.sql("SELECT client_secret FROM platform.agent_identity_providers WHERE tenant_id = ?")
                .param(a.id().value()).query(String.class).single();
        assertThat(stored).startsWith("v1:test:").doesNotContain("secret-tres-long-a");

        ClientRegistration inA = Acting.in(a, signIn::registration);
        assertThat(inA.getRegistrationId()).isEqualTo("agents");
        assertThat(inA.getClientSecret()).isEqualTo("secret-tres-long-a");
        assertThat(inA.getProviderDetails().getAuthorizationUri()).endsWith("/protocol/openid-connect/auth");
        assertThat(inA.getProviderDetails().getJwkSetUri()).endsWith("/protocol/openid-connect/certs");
        assertThat(inA.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        assertThat(inA.getScopes()).containsExactlyInAnyOrder("openid", "email", "profile");
        assertThat(Acting.in(a, passwords::allowedHere)).as("local passwords refused in A").isFalse();
        assertThatThrownBy(() -> Acting.in(a, () -> signInAccounts.loadUserByUsername("agent@a.test")))
                .as("a password sign-in is refused before any lookup").isInstanceOf(LocalPasswordsRefused.class);
        assertThat(Acting.in(b, signIn::registration)).isNull();
        assertThat(Acting.in(b, passwords::allowedHere)).isTrue();
        assertThat(Acting.in(b, providers::offeredHere)).isEmpty();
        assertThat(signIn.registration()).as("no tenant, no provider").isNull();

        // A's ciphertext copied into B's row does not decrypt there: B offers no usable provider
        jdbc.sql("INSERT INTO platform.agent_identity_providers (tenant_id, kind, display_name, issuer, client_id, "
                + "client_secret, secret_key_id, scopes, updated_at, updated_by) VALUES (?, 'OIDC', 'Copie', ?, "
                + "'guichet', ?, 'test', 'openid email', now(), 'sql')").params(b.id().value(), issuer.issuer(), stored)
                .update();
        assertThat(Acting.in(b, signIn::registration)).isNull();
    }

    @Test
    void aProConnectProviderIsNamedProConnectAndABlankSecretKeepsTheStoredOne() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "idp-pc");
        save(a, new ProviderChange(ProviderKind.PROCONNECT, "", issuer.issuer(), "guichet-pc", "secret-tres-long-pc",
                "openid email given_name usual_name", true));
        Acting.in(a, () -> {
            agents.ensureAgent("agent@pc.test", "Agent", "Tilleul-Marronnier-2026", EnumSet.of(AgentRole.AGENT));
            return null;
        });
        jdbc.sql("UPDATE " + a.schema() + ".agents SET provider_issuer = ?, provider_subject = 'sub-1'")
                .param(issuer.issuer()).update();
        AgentProvider changed = save(a, new ProviderChange(ProviderKind.PROCONNECT, "Autre nom", issuer.issuer(),
                "guichet-pc2", "", "openid email given_name usual_name", true));

        assertThat(changed.displayName()).isEqualTo("ProConnect");
        assertThat(Acting.in(a, providers::offeredHere)).hasValueSatisfying(offer -> {
            assertThat(offer.kind()).isEqualTo(ProviderKind.PROCONNECT);
            assertThat(offer.displayName()).isEqualTo("ProConnect");
            assertThat(offer.localPasswordsAllowed()).isTrue();
        });
        ClientRegistration registration = Acting.in(a, signIn::registration);
        assertThat(registration.getClientId()).isEqualTo("guichet-pc2");
        assertThat(jdbc.sql("SELECT count(*) FROM " + a.schema() + ".agents WHERE provider_subject IS NOT NULL")
                .query(Integer.class).single()).as("links of the former client forgotten").isZero();
        assertThat(registration.getClientSecret()).isEqualTo("secret-tres-long-pc");

        remove(a);
        assertThat(Acting.in(a, providers::offeredHere)).isEmpty();
        assertThat(Acting.in(a, signIn::registration)).isNull();
    }

    @Test
    void badFieldsAreRefusedInFrenchAndNothingIsWritten() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "idp-invalide");

        assertThatThrownBy(() -> save(a, new ProviderChange(ProviderKind.OIDC, "X", "http://ailleurs.example/realm",
                "client id", "court", "openid profile", true)))
                .isInstanceOfSatisfying(InvalidProvider.class, refused -> assertThat(refused.problems())
                        .containsExactly(
                                "Saisissez le nom du fournisseur tel que les agents le connaissent (2 à 60 caractères), "
                                        + "par exemple « Compte de l’agglomération » : le bouton dira « Se connecter "
                                        + "avec » ce nom.",
                                "L’adresse de l’émetteur (issuer) doit commencer par https:// (http:// n’est accepté "
                                        + "que pour le simulateur sur cette machine).",
                                "L’identifiant client ne doit contenir que des lettres, des chiffres, « . », « _ », "
                                        + "« ~ » ou « - » (200 caractères au plus).",
                                "Le secret client doit compter de 8 à 500 caractères, sans espace.",
                                "Les portées doivent comprendre « openid » et « email » : l’adresse électronique "
                                        + "vérifiée permet de retrouver le compte de l’agent à sa première connexion."));
        assertThat(rows(a)).isZero();
    }

    @Test
    void anIssuerThatIsDownOrWhoseDiscoveryDocumentIsWrongIsRefusedBeforeSaving() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "idp-decouverte");
        String down = "http://127.0.0.1:" + closedPort() + "/realms/agents";

        assertThatThrownBy(() -> save(a, change(down))).isInstanceOfSatisfying(InvalidProvider.class,
                refused -> assertThat(refused.problems()).containsExactly("Le fournisseur " + down
                        + " ne répond pas, ou sa réponse n’est pas un document OpenID Connect : vérifiez l’adresse "
                        + "et réessayez."));
        assertThatThrownBy(() -> save(a, change(issuer.issuer() + "/autre"))).isInstanceOfSatisfying(
                InvalidProvider.class, refused -> assertThat(refused.problems().getFirst())
                        .startsWith("Le fournisseur ne publie pas de document de découverte OpenID Connect"));
        try {
            issuer.publish(issuer.document("\"https://autre.example/realms/agents\"", "[\"RS256\"]"));
            assertThatThrownBy(() -> save(a, change(issuer.issuer()))).isInstanceOfSatisfying(InvalidProvider.class,
                    refused -> assertThat(refused.problems()).containsExactly("Le document de découverte annonce "
                            + "l’émetteur « https://autre.example/realms/agents » au lieu de « " + issuer.issuer()
                            + " » : saisissez l’adresse exacte de l’émetteur."));
            issuer.publish(issuer.document("\"" + issuer.issuer() + "\"", "[\"HS256\"]"));
            assertThatThrownBy(() -> save(a, change(issuer.issuer()))).isInstanceOfSatisfying(InvalidProvider.class,
                    refused -> assertThat(refused.problems()).containsExactly(
                            "Le fournisseur ne signe pas ses jetons d’identité en RS256 ni en ES256."));
        } finally {
            issuer.publish(issuer.valid());
        }
        assertThat(rows(a)).isZero();
    }

    @Test
    void anEpciAdministratorManagesItsOwnCommunesOnlyAndAgentsNever() throws Exception {
        Tenant epci = OperatorScopes.callAsPlatform(() -> provisioning.provision(
                ProvisioningRequest.epci("200067213", "idp-epci-reims"), ProvisioningProgress.NONE)).tenant();
        Tenant member = OperatorScopes.callAsPlatform(() -> provisioning.provision(
                ProvisioningRequest.commune("51454", "idp-reims", epci.id()), ProvisioningProgress.NONE)).tenant();
        Tenant other = FreshTerritories.provisionCommune(provisioning, "idp-ailleurs");
        String scope = OperatorScopes.EPCI_SCOPE + epci.id();

        AgentProvider saved = Acting.as("admin@epci", () -> providers.save(member, change(issuer.issuer())),
                "ROLE_EPCI_ADMIN", scope);
        assertThat(saved.updatedBy()).isEqualTo("admin@epci");
        assertThatThrownBy(() -> Acting.as("admin@epci", () -> providers.save(other, change(issuer.issuer())),
                "ROLE_EPCI_ADMIN", scope)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent", () -> providers.of(member), "ROLE_AGENT", "ROLE_ADMIN"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ProviderChange change(String issuerUrl) {
        return new ProviderChange(ProviderKind.OIDC, "Compte de la commune", issuerUrl, "guichet",
                "secret-tres-long", "openid email", true);
    }

    private AgentProvider save(Tenant tenant, ProviderChange change) {
        return Acting.as("operatrice@guichet.test", () -> providers.save(tenant, change), "ROLE_OPERATOR");
    }

    private void remove(Tenant tenant) {
        Acting.as("operatrice@guichet.test", () -> {
            providers.remove(tenant);
            return null;
        }, "ROLE_OPERATOR");
    }

    private int rows(Tenant tenant) {
        return jdbc.sql("SELECT count(*) FROM platform.agent_identity_providers WHERE tenant_id = ?")
                .param(tenant.id().value()).query(Integer.class).single();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
