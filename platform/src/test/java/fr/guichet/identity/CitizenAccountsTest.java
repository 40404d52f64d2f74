package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.identity.OutboxCitizenMail.Kind;
import fr.guichet.identity.OutboxCitizenMail.SentMail;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@IntegrationTest
class CitizenAccountsTest {

    static final String PASSWORD = "Rue des Lilas 12";
    static final String PORTAL = "http://commune.test/";

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    CitizenAccounts accounts;
    @Autowired
    CitizenAuthentication authentication;
    @Autowired
    AgentAccounts agents;
    @Autowired
    OutboxCitizenMail mail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewAccountCannotSignInUntilItsAddressIsConfirmedWithTheLinkSentToIt() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "inscription");
        String email = "Camille.Martin@" + commune.slug() + ".test";

        in(commune, () -> accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), PORTAL));

        SentMail sent = mail.sentTo(email).getLast();
        assertThat(sent.kind()).isEqualTo(Kind.VERIFICATION);
        assertThat(sent.link()).startsWith(PORTAL + "mon-compte/confirmation/");
        assertThat(jdbc.sql("SELECT body_text FROM platform.notification_outbox WHERE tenant_id = ? AND recipient = ?"
                + " AND template_key = 'EMAIL_VERIFICATION'").params(commune.id().value(), sent.to()).query(String.class)
                .single()).as("the mail is queued in the outbox with the link").contains(sent.link());
        assertThatThrownBy(() -> signIn(commune, email, PASSWORD)).isInstanceOf(CitizenNotConfirmed.class);
        assertThatThrownBy(() -> signIn(commune, email, "Pas le bon 1234")).isInstanceOf(BadCredentialsException.class);

        assertThat(in(commune, () -> accounts.confirm(tokenOf(sent)))).isEqualTo(EmailConfirmation.CONFIRMED);

        Authentication signedIn = signIn(commune, email.toUpperCase(), PASSWORD);
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(CitizenUser.class, user -> {
            assertThat(user.getUsername()).isEqualTo(email.toLowerCase());
            assertThat(user.realm()).isEqualTo(commune.id().toString());
        });
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_CITIZEN")
                .doesNotContain("ROLE_AGENT", "ROLE_ADMIN", "ROLE_DESIGNER");
        assertThat(storedPasswordHash(commune, email)).startsWith("{argon2}").doesNotContain(PASSWORD);
    }

    @Test
    void aLinkConfirmsOnceAndAWrongTokenConfirmsNothing() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "lien");
        String email = "dominique@" + commune.slug() + ".test";
        in(commune, () -> accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), PORTAL));
        String token = tokenOf(mail.sentTo(email).getLast());

        assertThat(in(commune, () -> accounts.confirm(token + "x"))).isEqualTo(EmailConfirmation.UNKNOWN);
        assertThat(in(commune, () -> accounts.confirm(token))).isEqualTo(EmailConfirmation.CONFIRMED);
        assertThat(in(commune, () -> accounts.confirm(token))).isEqualTo(EmailConfirmation.UNKNOWN);
        assertThat(jdbc.sql("SELECT verification_token_hash FROM " + commune.schema() + ".citizens")
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void anExpiredLinkConfirmsNothingAndTheRightPasswordSendsANewOne() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "expire");
        String email = "alex@" + commune.slug() + ".test";
        in(commune, () -> accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), PORTAL));
        String old = tokenOf(mail.sentTo(email).getLast());
        jdbc.sql("UPDATE " + commune.schema() + ".citizens SET verification_expires_at = now() - interval '1 minute'")
                .update();

        assertThat(in(commune, () -> accounts.confirm(old))).isEqualTo(EmailConfirmation.EXPIRED);
        assertThatThrownBy(() -> signIn(commune, email, PASSWORD)).isInstanceOf(CitizenNotConfirmed.class);

        in(commune, () -> accounts.sendNewConfirmationLink(email, PORTAL));
        String fresh = tokenOf(mail.sentTo(email).getLast());
        assertThat(fresh).isNotEqualTo(old);
        assertThat(in(commune, () -> accounts.confirm(old))).isEqualTo(EmailConfirmation.UNKNOWN);
        assertThat(in(commune, () -> accounts.confirm(fresh))).isEqualTo(EmailConfirmation.CONFIRMED);
        assertThat(signIn(commune, email, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void signingUpAgainWithAConfirmedAddressMailsItsOwnerAndChangesNothing() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "doublon");
        String email = "sam@" + commune.slug() + ".test";
        in(commune, () -> accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), PORTAL));
        in(commune, () -> accounts.confirm(tokenOf(mail.sentTo(email).getLast())));
        String hash = storedPasswordHash(commune, email);

        String other = "Un tout autre mot de passe";
        in(commune, () -> accounts.signUp(new SignUp(" SAM@" + commune.slug() + ".test ", other, other, true),
                PORTAL));

        assertThat(mail.sentTo(email).getLast()).isEqualTo(new SentMail(email, Kind.ALREADY_REGISTERED,
                PORTAL + "mon-compte/connexion"));
        assertThat(storedPasswordHash(commune, email)).isEqualTo(hash);
        assertThat(countIn(commune)).isEqualTo(1);
        assertThat(signIn(commune, email, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theLatestSignUpOfAnAddressNeverConfirmedReplacesTheEarlierOne() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "reprise");
        String email = "lou@" + commune.slug() + ".test";
        in(commune, () -> accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), PORTAL));
        String first = tokenOf(mail.sentTo(email).getLast());
        String other = "Un tout autre mot de passe";
        in(commune, () -> accounts.signUp(new SignUp(email, other, other, true), PORTAL));

        assertThat(in(commune, () -> accounts.confirm(first))).isEqualTo(EmailConfirmation.UNKNOWN);
        assertThat(in(commune, () -> accounts.confirm(tokenOf(mail.sentTo(email).getLast()))))
                .isEqualTo(EmailConfirmation.CONFIRMED);
        assertThat(countIn(commune)).isEqualTo(1);
        assertThatThrownBy(() -> signIn(commune, email, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(commune, email, other).isAuthenticated()).isTrue();
    }

    @Test
    void aSignUpIsRefusedWithEveryProblemInFrenchAndNothingIsSent() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "refus");
        String email = "pas-une-adresse";

        assertThatThrownBy(() -> in(commune, () -> accounts.signUp(new SignUp(email, "court", "autre", false),
                PORTAL)))
                .isInstanceOfSatisfying(SignUpRefused.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys(SignUp.EMAIL, SignUp.PASSWORD, SignUp.CONFIRMATION, SignUp.TERMS)
                        .containsEntry(SignUp.EMAIL,
                                "Saisissez une adresse électronique valide, par exemple nom@domaine.fr.")
                        .containsEntry(SignUp.PASSWORD, PasswordRules.TOO_WEAK)
                        .containsEntry(SignUp.TERMS, "Acceptez les conditions d’utilisation pour créer votre compte."));
        assertThat(mail.sentTo(email)).isEmpty();
        assertThat(countIn(commune)).isZero();
    }

    @Test
    void aCitizenOfOneCommuneDoesNotExistInAnother() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "citoyen-a");
        Tenant b = FreshTerritories.provisionCommune(provisioning, "citoyen-b");
        String email = "claude@" + a.slug() + ".test";
        in(a, () -> accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), PORTAL));
        String token = tokenOf(mail.sentTo(email).getLast());

        assertThat(in(b, () -> accounts.confirm(token))).isEqualTo(EmailConfirmation.UNKNOWN);
        assertThat(in(a, () -> accounts.confirm(token))).isEqualTo(EmailConfirmation.CONFIRMED);
        assertThatThrownBy(() -> signIn(b, email, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(countIn(b)).isZero();

        String other = "Un tout autre mot de passe";
        in(b, () -> accounts.signUp(new SignUp(email, other, other, true), PORTAL));
        assertThat(mail.sentTo(email).getLast().kind()).as("a new account in B, not « already registered »")
                .isEqualTo(Kind.VERIFICATION);
        assertThat(countIn(b)).isEqualTo(1);
    }

    @Test
    void anAgentsCredentialsNeverSignACitizenIn() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "agent-citoyen");
        String email = "agent@" + commune.slug() + ".test";
        in(commune, () -> agents.ensureAgent(email, "Agent", PASSWORD, EnumSet.of(AgentRole.AGENT)));

        assertThatThrownBy(() -> signIn(commune, email, PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    private Authentication signIn(Tenant tenant, String email, String password) {
        return TenantContext.supplyAs(tenant.asCurrent(), () -> authentication.manager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password)));
    }

    static String tokenOf(SentMail mail) {
        return mail.link().substring(mail.link().lastIndexOf('/') + 1);
    }

    private String storedPasswordHash(Tenant tenant, String email) {
        return jdbc.sql("SELECT password_hash FROM " + tenant.schema() + ".citizens WHERE lower(email) = lower(?)")
                .param(email).query(String.class).single();
    }

    private int countIn(Tenant tenant) {
        return jdbc.sql("SELECT count(*) FROM " + tenant.schema() + ".citizens").query(Integer.class).single();
    }

    private static <T> T in(Tenant tenant, java.util.function.Supplier<T> work) {
        return TenantContext.supplyAs(tenant.asCurrent(), work);
    }

    private static void in(Tenant tenant, Runnable work) {
        TenantContext.runAs(tenant.asCurrent(), work);
    }
}
