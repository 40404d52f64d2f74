package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.Acting;
import fr.guichet.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The account rule of agents' provider sign-in (decision 022): an administrator's account of this commune only, found
 * by verified address the first time and by (issuer, subject) afterwards; nobody else, no account created, roles from
 * Guichet; deactivated and locked accounts refused.
 */
@IntegrationTest
class ProviderAccountsTest {

    private static final String ISSUER = "https://fca.integ01.dev-agentconnect.fr/api/v2";
    private static final String CLAIRE = "claire.fontaine@mairie.example";
    private static final String PASSWORD = "Tilleul-Marronnier-2026";

    @Autowired
    ProviderAccounts accounts;
    @Autowired
    AgentAccounts agents;
    @Autowired
    AgentStanding standing;
    @Autowired
    AgentDirectory directory;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    JdbcClient jdbc;

    private Tenant commune;
    private Tenant other;

    @BeforeEach
    void twoCommunesClaireWorksForTheFirst() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "idp-comptes");
        other = FreshTerritories.provisionCommune(provisioning, "idp-comptes");
        Acting.in(commune, () -> {
            agents.ensureAgent(CLAIRE, "Claire Fontaine", PASSWORD, EnumSet.of(AgentRole.AGENT));
            return null;
        });
    }

    @Test
    void theFirstSignInLinksTheVerifiedAddressThenTheSubjectAloneFindsTheAccount() {
        ProviderAgent first = Acting.in(commune, () -> accounts.signIn(identity("sub-claire", " Claire.Fontaine@Mairie.example ",
                true), token("sub-claire")));

        assertThat(first.getUsername()).isEqualTo(CLAIRE);
        assertThat(first.realm()).isEqualTo(commune.id().toString());
        assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AGENT");
        assertThat(jdbc.sql("SELECT provider_issuer || ' ' || provider_subject FROM " + commune.schema()
                + ".agents WHERE email = ?").param(CLAIRE).query(String.class).single()).isEqualTo(ISSUER + " sub-claire");

        // Later the provider knows her under another address: the link, not the address, finds her
        ProviderAgent again = Acting.in(commune, () -> accounts.signIn(identity("sub-claire", "claire@ailleurs.example",
                false), token("sub-claire")));
        assertThat(again.getUsername()).isEqualTo(CLAIRE);
        assertThat(Acting.in(commune, () -> standing.stillValid(again))).isTrue();

        // Another subject of the same provider with her address is refused: the account is linked already
        assertThatThrownBy(() -> Acting.in(commune, () -> accounts.signIn(identity("sub-usurpateur", CLAIRE, true),
                token("sub-usurpateur")))).isInstanceOfSatisfying(AgentSignInRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(AgentSignInRefused.Reason.LINKED_ELSEWHERE));
    }

    @Test
    void anInvitedAgentSignsInThroughTheProviderWithoutEverChoosingAPassword() {
        AgentAccount invited = Acting.as("maire@mairie.example", () -> Acting.in(commune, () -> directory.invite(
                "marc.leroy@mairie.example", "Marc Leroy", EnumSet.of(AgentRole.AGENT, AgentRole.DESIGNER),
                "https://commune.test/")), "ROLE_ADMIN");
        assertThat(invited.status()).isEqualTo(AgentStatus.INVITED);

        ProviderAgent marc = Acting.in(commune, () -> accounts.signIn(identity("sub-marc", "marc.leroy@mairie.example",
                true), token("sub-marc")));

        assertThat(marc.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_AGENT", "ROLE_DESIGNER");
        assertThat(Acting.in(commune, () -> standing.stillValid(marc))).as("a linked account may sign in").isTrue();
        AgentAccount now = Acting.as("maire@mairie.example", () -> Acting.in(commune, () -> directory.list()),
                "ROLE_ADMIN").stream().filter(account -> account.id().equals(invited.id())).findFirst().orElseThrow();
        assertThat(now.status()).as("the invitation is closed").isEqualTo(AgentStatus.ACTIVE);
        assertThat(jdbc.sql("SELECT password_hash IS NULL AND invitation_hash IS NULL FROM " + commune.schema()
                + ".agents WHERE email = 'marc.leroy@mairie.example'").query(Boolean.class).single()).isTrue();
    }

    @Test
    void anUnknownPersonAnUnverifiedAddressAndAnotherCommunesAgentAreRefusedAndNothingIsCreated() {
        assertThatThrownBy(() -> Acting.in(commune, () -> accounts.signIn(identity("sub-paul",
                "paul.inconnu@ailleurs.example", true), token("sub-paul")))).isInstanceOfSatisfying(
                AgentSignInRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(AgentSignInRefused.Reason.UNKNOWN_AGENT));
        assertThatThrownBy(() -> Acting.in(commune, () -> accounts.signIn(identity("sub-claire", CLAIRE, false),
                token("sub-claire")))).isInstanceOfSatisfying(AgentSignInRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(AgentSignInRefused.Reason.EMAIL_NOT_VERIFIED));
        assertThatThrownBy(() -> Acting.in(other, () -> accounts.signIn(identity("sub-claire", CLAIRE, true),
                token("sub-claire")))).isInstanceOfSatisfying(AgentSignInRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(AgentSignInRefused.Reason.UNKNOWN_AGENT));

        assertThat(jdbc.sql("SELECT count(*) FROM " + other.schema() + ".agents").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM " + commune.schema() + ".agents WHERE provider_subject IS NOT NULL")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aDeactivatedOrLockedAccountIsRefused() {
        jdbc.sql("UPDATE " + commune.schema() + ".agents SET locked_until = now() + interval '10 minutes'").update();
        assertThatThrownBy(() -> Acting.in(commune, () -> accounts.signIn(identity("sub-claire", CLAIRE, true),
                token("sub-claire")))).isInstanceOfSatisfying(AgentSignInRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(AgentSignInRefused.Reason.LOCKED));

        jdbc.sql("UPDATE " + commune.schema() + ".agents SET locked_until = NULL, active = false").update();
        assertThatThrownBy(() -> Acting.in(commune, () -> accounts.signIn(identity("sub-claire", CLAIRE, true),
                token("sub-claire")))).isInstanceOfSatisfying(AgentSignInRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(AgentSignInRefused.Reason.DEACTIVATED));
    }

    private static ProviderIdentity identity(String subject, String email, boolean verified) {
        return new ProviderIdentity(ISSUER, subject, email, verified);
    }

    private static OidcIdToken token(String subject) {
        Instant now = Instant.now();
        return new OidcIdToken("jeton", now, now.plusSeconds(60), Map.of("sub", subject, "iss", ISSUER));
    }
}
