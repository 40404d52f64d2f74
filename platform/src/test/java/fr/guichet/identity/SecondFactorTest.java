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
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

@IntegrationTest
class SecondFactorTest {

    private static final String ADMIN = "maire@mairie.test";
    private static final String PAUL = "paul@mairie.test";
    private static final String STRONG = "Tilleul-Marronnier-2026";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    SignInAccounts signIn;
    @Autowired
    SecondFactorEnrolment enrolment;
    @Autowired
    SecondFactorSignIn secondStep;
    @Autowired
    SecondFactorPolicy policy;
    @Autowired
    AgentDirectory directory;
    @Autowired
    AgentStanding standing;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    JdbcClient jdbc;

    private Tenant commune;

    @BeforeEach
    void aCommuneWithAnAdministratorAndAnAgent() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "totp");
        in(() -> {
            accounts.ensureAgent(ADMIN, "Madame la Maire", STRONG, EnumSet.of(AgentRole.ADMIN, AgentRole.AGENT));
            accounts.ensureAgent(PAUL, "Paul Durand", STRONG, EnumSet.of(AgentRole.AGENT));
            return null;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAgentEnrolsWithAFirstValidCodeThenOwesACodeAfterThePasswordAndEachCodeWorksOnce() {
        SecondFactorEnrolment.Setup setup = asPaul(() -> enrolment.start("Guichet"));
        assertThat(setup.provisioningUri()).startsWith("otpauth://totp/Guichet:paul%40mairie.test?secret="
                + setup.secret());
        assertThatThrownBy(() -> asPaul(() -> enrolment.confirm(setup, "000000".equals(now(setup)) ? "111111"
                : "000000"))).isInstanceOf(AccountChangeRefused.class).hasMessageContaining("Ce code ne correspond pas");
        assertThat(asPaul(enrolment::status).enabled()).isFalse();
        assertThat(in(() -> signIn.loadUserByUsername(PAUL))).isNotInstanceOf(PendingAgent.class);

        List<String> recovery = asPaul(() -> enrolment.confirm(setup, now(setup)));

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(asPaul(enrolment::status)).isEqualTo(new SecondFactorEnrolment.Status(true, 10));
        String stored = jdbc.sql("SELECT totp_secret FROM " + commune.schema() + ".agents WHERE email = ?")
                .param(PAUL).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(setup.secret());
        assertThat(jdbc.sql("SELECT code_hash FROM " + commune.schema() + ".agent_recovery_codes")
                .query(String.class).list()).hasSize(10).noneMatch(recovery::contains);

        UserDetails afterPassword = passwordAccepted(PAUL);
        assertThat(afterPassword.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("SECOND_FACTOR_CODE");
        assertThat(in(() -> secondStep.pendingStep())).contains(SecondFactorStep.CODE);
        assertThat(in(() -> standing.stillValid((GuichetUser) afterPassword))).as("a pending session is kept").isTrue();
        assertThatThrownBy(() -> in(() -> directory.list())).as("no role yet").isInstanceOf(AccessDeniedException.class);
        assertThat(in(() -> secondStep.verify(now(setup)))).as("the enrolment's code, used once already")
                .isEqualTo(SecondFactorSignIn.Verification.WRONG);
        assertThat(in(() -> secondStep.verify(Totp.codeAt(setup.secret(), Instant.now().plusSeconds(30)))))
                .isEqualTo(SecondFactorSignIn.Verification.ACCEPTED);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AGENT");
        assertThat(in(() -> secondStep.pendingStep())).isEmpty();
    }

    @Test
    void eachRecoveryCodeWorksOnceInsteadOfACode() {
        SecondFactorEnrolment.Setup setup = asPaul(() -> enrolment.start("Guichet"));
        List<String> recovery = asPaul(() -> enrolment.confirm(setup, now(setup)));

        passwordAccepted(PAUL);
        assertThat(in(() -> secondStep.verify(recovery.getFirst()))).isEqualTo(SecondFactorSignIn.Verification.ACCEPTED);
        passwordAccepted(PAUL);
        assertThat(in(() -> secondStep.verify(recovery.getFirst().toLowerCase())))
                .isEqualTo(SecondFactorSignIn.Verification.WRONG);
        assertThat(in(() -> secondStep.verify(recovery.get(1).replace("-", " "))))
                .isEqualTo(SecondFactorSignIn.Verification.ACCEPTED);
        assertThat(asPaul(enrolment::status).recoveryCodesLeft()).isEqualTo(8);
    }

    @Test
    void wrongCodesCountTowardsTheLockoutAndAPasswordAloneDoesNotResetTheCount() {
        SecondFactorEnrolment.Setup setup = asPaul(() -> enrolment.start("Guichet"));
        asPaul(() -> enrolment.confirm(setup, now(setup)));
        String wrong = wrongCode(setup);
        for (int attempt = 0; attempt < 4; attempt++) {
            passwordAccepted(PAUL);
            assertThat(in(() -> secondStep.verify(wrong))).isEqualTo(SecondFactorSignIn.Verification.WRONG);
        }
        passwordAccepted(PAUL);
        assertThat(in(() -> secondStep.verify(wrong))).isEqualTo(SecondFactorSignIn.Verification.LOCKED);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out").isNull();
        assertThat(in(() -> signIn.loadUserByUsername(PAUL)).isAccountNonLocked()).isFalse();
    }

    @Test
    void anAdministratorSeesAndResetsAnAgentsSecondFactorAndMayRequireOneOfEveryAgent() {
        SecondFactorEnrolment.Setup setup = asPaul(() -> enrolment.start("Guichet"));
        asPaul(() -> enrolment.confirm(setup, now(setup)));
        AgentAccount paul = paul();
        assertThat(paul.secondFactor()).isTrue();
        assertThatThrownBy(() -> Acting.as(PAUL, () -> in(() -> directory.resetSecondFactor(paul.id(),
                paul.version())), "ROLE_AGENT")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as(PAUL, () -> in(() -> {
            policy.require(true);
            return null;
        }), "ROLE_AGENT")).isInstanceOf(AccessDeniedException.class);

        asAdmin(() -> directory.resetSecondFactor(paul.id(), paul.version()));
        assertThat(paul().secondFactor()).isFalse();
        assertThat(in(() -> signIn.loadUserByUsername(PAUL)).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_AGENT");
        assertThatThrownBy(() -> asAdmin(() -> directory.resetSecondFactor(paul().id(), paul().version())))
                .isInstanceOf(AccountChangeRefused.class);

        asAdmin(() -> {
            policy.require(true);
            return null;
        });
        assertThat(asAdmin(policy::required)).isTrue();
        passwordAccepted(PAUL);
        assertThat(in(() -> secondStep.pendingStep())).contains(SecondFactorStep.ENROLMENT);
        assertThatThrownBy(() -> in(() -> secondStep.verify("123456"))).isInstanceOf(AccountChangeRefused.class);
        SecondFactorEnrolment.Setup again = in(() -> enrolment.start("Guichet"));
        in(() -> enrolment.confirm(again, now(again)));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AGENT");
        assertThat(paul().secondFactor()).isTrue();
    }

    /** What Spring Security's form login leaves in the context after a right password. */
    private UserDetails passwordAccepted(String email) {
        UserDetails user = in(() -> signIn.loadUserByUsername(email));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.getAuthorities()));
        return user;
    }

    private AgentAccount paul() {
        return asAdmin(directory::list).stream().filter(a -> a.email().equals(PAUL)).findFirst().orElseThrow();
    }

    private static String now(SecondFactorEnrolment.Setup setup) {
        return Totp.codeAt(setup.secret(), Instant.now());
    }

    /** A code that is none of the three accepted at the moment. */
    private static String wrongCode(SecondFactorEnrolment.Setup setup) {
        Instant now = Instant.now();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(Totp.codeAt(setup.secret(), now)) && !code.equals(Totp.codeAt(setup.secret(),
                    now.plusSeconds(30))) && !code.equals(Totp.codeAt(setup.secret(), now.minusSeconds(30)))
                    && !code.equals(Totp.codeAt(setup.secret(), now.plusSeconds(60)))) {
                return code;
            }
        }
    }

    private <T> T in(Supplier<T> work) {
        return Acting.in(commune, work);
    }

    private <T> T asPaul(Supplier<T> work) {
        return Acting.as(PAUL, () -> in(work), "ROLE_AGENT");
    }

    private <T> T asAdmin(Supplier<T> work) {
        return Acting.as(ADMIN, () -> in(work), "ROLE_ADMIN");
    }
}
