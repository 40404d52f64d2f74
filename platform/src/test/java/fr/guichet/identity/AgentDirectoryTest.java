package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

@IntegrationTest
class AgentDirectoryTest {

    private static final String ADMIN = "maire@mairie.test";
    private static final String URL = "https://commune.test/";
    private static final String STRONG = "Tilleul-Marronnier-2026";

    @Autowired
    AgentDirectory directory;
    @Autowired
    AgentInvitations invitations;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    AgentSignInAttempts attempts;
    @Autowired
    SignInAccounts signIn;
    @Autowired
    AgentStanding standing;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    JdbcClient jdbc;

    private Tenant commune;
    private Tenant other;

    @BeforeEach
    void aCommuneWithItsAdministrator() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "agents");
        other = FreshTerritories.provisionCommune(provisioning, "agents");
        in(commune, () -> {
            accounts.ensureAgent(ADMIN, "Madame la Maire", STRONG, EnumSet.of(AgentRole.ADMIN, AgentRole.AGENT));
            return null;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anInvitedAgentChoosesAPasswordFromTheMailedLinkOnceThenSignsIn() {
        AgentAccount invited = asAdmin(() -> directory.invite(" Paul.Durand@Mairie.test ", "Paul Durand",
                EnumSet.of(AgentRole.AGENT), URL));

        assertThat(invited.email()).isEqualTo("paul.durand@mairie.test");
        assertThat(invited.status()).isEqualTo(AgentStatus.INVITED);
        assertThat(in(commune, () -> signIn.loadUserByUsername("paul.durand@mairie.test")).isEnabled())
                .as("no password yet").isFalse();
        String link = jdbc.sql("SELECT body_text FROM platform.notification_outbox WHERE tenant_id = ? AND"
                + " template_key = 'AGENT_INVITATION' AND recipient = 'paul.durand@mairie.test'")
                .param(commune.id().value()).query(String.class).single();
        String token = link.replaceAll("(?s).*" + URL.replace(".", "\\.") + AgentDirectory.INVITATION_PATH
                + "([A-Za-z0-9_-]+).*", "$1");
        assertThat(in(other, () -> invitations.find(token))).as("another commune's link").isEmpty();
        assertThat(in(commune, () -> invitations.find(token))).hasValueSatisfying(invitation ->
                assertThat(invitation.displayName()).isEqualTo("Paul Durand"));

        assertThatThrownBy(() -> in(commune, () -> accept(token, "motdepasse", "motdepasse")))
                .isInstanceOf(AccountChangeRefused.class).hasMessageContaining("plus robuste");
        assertThatThrownBy(() -> in(commune, () -> accept(token, STRONG, STRONG + "!")))
                .isInstanceOf(AccountChangeRefused.class).hasMessage("Les deux mots de passe saisis sont différents.");
        in(commune, () -> accept(token, STRONG, STRONG));

        UserDetails paul = in(commune, () -> signIn.loadUserByUsername("paul.durand@mairie.test"));
        assertThat(paul.isEnabled()).isTrue();
        assertThat(paul.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_AGENT");
        assertThat(in(commune, () -> invitations.find(token))).as("a link works once").isEmpty();
        assertThatThrownBy(() -> in(commune, () -> accept(token, STRONG, STRONG)))
                .isInstanceOf(AccountChangeRefused.class).hasMessageContaining("n’est plus valable");
        assertThat(asAdmin(directory::list)).extracting(AgentAccount::email, AgentAccount::status)
                .contains(org.assertj.core.groups.Tuple.tuple("paul.durand@mairie.test", AgentStatus.ACTIVE));
    }

    @Test
    void badInvitationsAreRefusedInFrenchAndWriteNothing() {
        assertThatThrownBy(() -> asAdmin(() -> directory.invite("pas-une-adresse", "Paul", Set.of(AgentRole.AGENT),
                URL))).isInstanceOf(AccountChangeRefused.class);
        assertThatThrownBy(() -> asAdmin(() -> directory.invite("paul@mairie.test", " ", Set.of(AgentRole.AGENT),
                URL))).isInstanceOf(AccountChangeRefused.class).hasMessageContaining("nom de l’agent");
        assertThatThrownBy(() -> asAdmin(() -> directory.invite("paul@mairie.test", "Paul", Set.of(), URL)))
                .isInstanceOf(AccountChangeRefused.class).hasMessage("Choisissez au moins un rôle.");
        assertThatThrownBy(() -> asAdmin(() -> directory.invite(ADMIN.toUpperCase(), "Doublon",
                Set.of(AgentRole.AGENT), URL))).isInstanceOf(AccountChangeRefused.class)
                .hasMessageContaining("existe déjà");
        assertThat(asAdmin(directory::list)).singleElement().extracting(AgentAccount::email).isEqualTo(ADMIN);
        assertThatThrownBy(() -> as("agent@mairie.test", () -> in(commune, directory::list), "ROLE_AGENT"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(ADMIN, () -> in(other, directory::list), "ROLE_ADMIN")).as("another commune's agents")
                .isEmpty();
    }

    @Test
    void theCommuneKeepsAnActiveAdministratorAndChangesMadeMeanwhileAreRefused() {
        AgentAccount me = asAdmin(directory::list).getFirst();
        assertThatThrownBy(() -> asAdmin(() -> directory.changeRoles(me.id(), me.version(), Set.of(AgentRole.AGENT))))
                .isInstanceOf(AccountChangeRefused.class).hasMessageContaining("votre propre rôle");
        assertThatThrownBy(() -> asAdmin(() -> directory.deactivate(me.id(), me.version())))
                .isInstanceOf(AccountChangeRefused.class).hasMessageContaining("votre propre compte");

        AgentAccount second = asAdmin(() -> directory.invite("adjoint@mairie.test", "Adjoint", Set.of(AgentRole.ADMIN),
                URL));
        assertThatThrownBy(() -> as("adjoint@mairie.test", () -> in(commune, () -> directory.deactivate(me.id(),
                me.version())), "ROLE_ADMIN")).as("the other administrator has not chosen a password yet")
                .isInstanceOf(AccountChangeRefused.class).hasMessageContaining("au moins un administrateur actif");

        in(commune, () -> {
            accounts.ensureAgent("signee@mairie.test", "Signée", STRONG, EnumSet.of(AgentRole.AGENT));
            return null;
        });
        GuichetUser signedIn = (GuichetUser) in(commune, () -> signIn.loadUserByUsername("signee@mairie.test"));
        assertThat(in(commune, () -> standing.stillValid(signedIn))).isTrue();
        AgentAccount signee = asAdmin(directory::list).stream()
                .filter(account -> account.email().equals("signee@mairie.test")).findFirst().orElseThrow();
        AgentAccount promoted = asAdmin(() -> directory.changeRoles(signee.id(), signee.version(),
                Set.of(AgentRole.AGENT, AgentRole.DESIGNER)));
        assertThat(in(commune, () -> standing.stillValid(signedIn))).as("roles changed: sign in again").isFalse();
        GuichetUser again = (GuichetUser) in(commune, () -> signIn.loadUserByUsername("signee@mairie.test"));
        assertThat(in(commune, () -> standing.stillValid(again))).isTrue();
        asAdmin(() -> directory.deactivate(signee.id(), promoted.version()));
        assertThat(in(commune, () -> standing.stillValid(again))).as("deactivated").isFalse();

        AgentAccount changed = asAdmin(() -> directory.changeRoles(second.id(), second.version(),
                Set.of(AgentRole.AGENT, AgentRole.DESIGNER)));
        assertThat(changed.roles()).containsExactlyInAnyOrder(AgentRole.AGENT, AgentRole.DESIGNER);
        assertThatThrownBy(() -> asAdmin(() -> directory.deactivate(second.id(), second.version())))
                .isInstanceOf(AccountChangeRefused.class).hasMessageContaining("modifié entre-temps");
        AgentAccount deactivated = asAdmin(() -> directory.deactivate(second.id(), changed.version()));
        assertThat(deactivated.status()).isEqualTo(AgentStatus.DEACTIVATED);
        AgentAccount reactivated = asAdmin(() -> directory.reactivate(second.id(), deactivated.version()));
        assertThat(reactivated.status()).as("deactivating cancelled the invitation")
                .isEqualTo(AgentStatus.INVITATION_EXPIRED);
        assertThat(asAdmin(() -> directory.inviteAgain(second.id(), reactivated.version(), URL)).status())
                .isEqualTo(AgentStatus.INVITED);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.notification_outbox WHERE recipient = 'adjoint@mairie.test'"
                + " AND tenant_id = ?").param(commune.id().value()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountUntilItExpiresOrAnAdministratorUnlocksIt() {
        for (int i = 0; i < 4; i++) {
            wrongPassword(ADMIN);
        }
        in(commune, () -> {
            attempts.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                    signIn.loadUserByUsername(ADMIN), null, java.util.List.of())));
            return null;
        });
        for (int i = 0; i < 4; i++) {
            wrongPassword(ADMIN);
        }
        assertThat(in(commune, () -> signIn.loadUserByUsername(ADMIN)).isAccountNonLocked())
                .as("a success in between starts the count again").isTrue();
        wrongPassword(ADMIN);
        assertThat(in(commune, () -> signIn.loadUserByUsername(ADMIN)).isAccountNonLocked()).isFalse();

        jdbc.sql("UPDATE " + commune.schema() + ".agents SET locked_until = now() - interval '1 second'").update();
        assertThat(in(commune, () -> signIn.loadUserByUsername(ADMIN)).isAccountNonLocked()).as("lock expired")
                .isTrue();

        for (int i = 0; i < 5; i++) {
            wrongPassword(ADMIN);
        }
        String colleague = "secretaire@mairie.test";
        in(commune, () -> {
            accounts.ensureAgent(colleague, "Secrétaire", STRONG, EnumSet.of(AgentRole.ADMIN));
            return null;
        });
        AgentAccount seen = as(colleague, () -> in(commune, directory::list), "ROLE_ADMIN").stream()
                .filter(account -> account.email().equals(ADMIN)).findFirst().orElseThrow();
        wrongPassword(ADMIN);
        AgentAccount locked = as(colleague, () -> in(commune, directory::list), "ROLE_ADMIN").stream()
                .filter(account -> account.email().equals(ADMIN)).findFirst().orElseThrow();
        assertThat(locked.version()).as("sign-in bookkeeping is not a change of the account")
                .isEqualTo(seen.version());
        assertThat(locked.status()).isEqualTo(AgentStatus.LOCKED);
        as(colleague, () -> in(commune, () -> directory.unlock(locked.id(), locked.version())), "ROLE_ADMIN");
        assertThat(in(commune, () -> signIn.loadUserByUsername(ADMIN)).isAccountNonLocked()).isTrue();
    }

    private void wrongPassword(String email) {
        in(commune, () -> {
            attempts.failed(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, "faux"),
                    new BadCredentialsException("Bad credentials")));
            return null;
        });
    }

    private Void accept(String token, String password, String confirmation) {
        invitations.accept(token, password, confirmation);
        return null;
    }

    private <T> T asAdmin(Supplier<T> work) {
        return as(ADMIN, () -> in(commune, work), "ROLE_ADMIN");
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.supplyAs(tenant.asCurrent(), work);
    }

    private static <T> T as(String name, Supplier<T> work, String... roles) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, AuthorityUtils.createAuthorityList(roles)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
