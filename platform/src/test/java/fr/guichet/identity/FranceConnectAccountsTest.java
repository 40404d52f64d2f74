package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.forms.PrefillSource;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** Decision 018's rules for a FranceConnect sign-in: create, find again, take over, ask to link, refuse. */
@IntegrationTest
class FranceConnectAccountsTest {

    private static final String PASSWORD = "Rue des Lilas 12";
    private static final String PORTAL = "http://commune.test/";

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    FranceConnectAccounts franceConnect;
    @Autowired
    CitizenAccounts accounts;
    @Autowired
    CitizenAuthentication authentication;
    @Autowired
    CitizenProfiles profiles;
    @Autowired
    OutboxCitizenMail mail;

    @Test
    void aNewPersonGetsAConfirmedAccountWithACertifiedIdentityFoundAgainNextTime() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "fc-nouveau");
        CertifiedIdentity pierre = identity("sub-pierre", "pierre@exemple.fr");

        FranceConnectCitizen first = signedIn(commune, pierre);
        FranceConnectCitizen again = signedIn(commune, pierre);

        assertThat(again.citizen()).isEqualTo(first.citizen());
        assertThat(first.realm()).isEqualTo(commune.id().toString());
        assertThat(first.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CITIZEN");
        CitizenProfile profile = as(commune, first, profiles::current);
        assertThat(profile.source()).isEqualTo(IdentitySource.FRANCECONNECT);
        assertThat(profile.lastName()).isEqualTo("DUPONT");
        assertThat(profile.birthName()).isEqualTo("MERCIER");
        assertThat(profile.certified()).containsExactlyInAnyOrder(PrefillSource.FIRST_NAME, PrefillSource.LAST_NAME,
                PrefillSource.BIRTH_NAME, PrefillSource.BIRTH_DATE, PrefillSource.BIRTH_PLACE);
        assertThatThrownBy(() -> signInWithPassword(commune, "pierre@exemple.fr", PASSWORD))
                .as("no password sign-in for a FranceConnect account").isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aConfirmedAccountOfTheSameAddressIsLinkedOnlyByItsOwnerSignedInWithThePassword() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "fc-lien");
        String email = "angela@exemple.fr";
        confirmedAccount(commune, email);
        CertifiedIdentity angela = identity("sub-angela", email);

        assertThat(in(commune, () -> franceConnect.signIn(angela, idToken("sub-angela"))))
                .isEqualTo(new FranceConnectSignIn.LinkNeeded(angela));
        Authentication owner = signInWithPassword(commune, email, PASSWORD);
        assertThat(as(commune, owner.getPrincipal(), profiles::current).source()).isEqualTo(IdentitySource.PASSWORD);

        assertThat(as(commune, owner.getPrincipal(), () -> franceConnect.link(angela))).isTrue();

        FranceConnectCitizen linked = signedIn(commune, angela);
        assertThat(linked.getUsername()).isEqualTo(email);
        assertThat(as(commune, linked, profiles::current).certified()).contains(PrefillSource.FIRST_NAME);
        assertThat(in(commune, () -> franceConnect.signIn(identity("sub-autre", email), idToken("sub-autre"))))
                .as("another FranceConnect identity with the same address").isInstanceOf(
                        FranceConnectSignIn.LinkedElsewhere.class);
    }

    @Test
    void anAccountWhoseOwnerDidNotProveTheAddressCannotBeLinkedToAnotherAddressIdentity() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "fc-autre-adresse");
        confirmedAccount(commune, "karima@exemple.fr");
        Authentication owner = signInWithPassword(commune, "karima@exemple.fr", PASSWORD);

        assertThat(as(commune, owner.getPrincipal(),
                () -> franceConnect.link(identity("sub-x", "quelquun.dautre@exemple.fr")))).isFalse();
    }

    @Test
    void anUnconfirmedSignUpWithTheAddressIsTakenOverAndItsPasswordDropped() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "fc-reprise");
        String email = "lucas@exemple.fr";
        in(commune, () -> {
            accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), PORTAL);
            return null;
        });

        FranceConnectCitizen lucas = signedIn(commune, identity("sub-lucas", email));

        assertThat(lucas.getUsername()).isEqualTo(email);
        assertThatThrownBy(() -> signInWithPassword(commune, email, PASSWORD))
                .as("the password chosen at the unconfirmed sign-up no longer works")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aCitizenUnlinksFranceConnectWithAPasswordOfTheirOwnThenSignsInWithItAndMayLinkAgain() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "fc-delier");
        CertifiedIdentity lea = identity("sub-lea", "lea@exemple.fr");
        FranceConnectCitizen viaFranceConnect = signedIn(commune, lea);

        assertThat(as(commune, viaFranceConnect, () -> franceConnect.unlink("court"))).as("weak password refused")
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("Choisissez un mot de passe plus"));
        assertThat(as(commune, viaFranceConnect, profiles::current).source()).isEqualTo(IdentitySource.FRANCECONNECT);

        assertThat(as(commune, viaFranceConnect, () -> franceConnect.unlink(PASSWORD))).isEmpty();

        CitizenProfile unlinked = as(commune, viaFranceConnect, profiles::current);
        assertThat(unlinked.source()).isEqualTo(IdentitySource.PASSWORD);
        assertThat(unlinked.certified()).as("no longer certified, values kept").isEmpty();
        assertThat(unlinked.lastName()).isEqualTo("DUPONT");
        assertThat(as(commune, viaFranceConnect, () -> franceConnect.unlink(PASSWORD)))
                .contains(FranceConnectAccounts.NOT_LINKED);
        Authentication withPassword = signInWithPassword(commune, "lea@exemple.fr", PASSWORD);
        assertThat(withPassword.isAuthenticated()).isTrue();
        assertThat(in(commune, () -> franceConnect.signIn(lea, idToken(lea.subject()))))
                .as("the same identity comes back: linked again only by the owner signed in with the password")
                .isInstanceOf(FranceConnectSignIn.LinkNeeded.class);
        assertThat(as(commune, withPassword.getPrincipal(), () -> franceConnect.link(lea))).isTrue();
    }

    private void confirmedAccount(Tenant commune, String email) {
        in(commune, () -> {
            accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), PORTAL);
            String link = mail.sentTo(email).getLast().link();
            return accounts.confirm(link.substring(link.lastIndexOf('/') + 1));
        });
    }

    private FranceConnectCitizen signedIn(Tenant commune, CertifiedIdentity identity) {
        FranceConnectSignIn outcome = in(commune, () -> franceConnect.signIn(identity, idToken(identity.subject())));
        assertThat(outcome).isInstanceOf(FranceConnectSignIn.SignedIn.class);
        return ((FranceConnectSignIn.SignedIn) outcome).citizen();
    }

    private Authentication signInWithPassword(Tenant commune, String email, String password) {
        return in(commune, () -> authentication.manager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password)));
    }

    private static <T> T in(Tenant tenant, java.util.function.Supplier<T> work) {
        return TenantContext.supplyAs(tenant.asCurrent(), work);
    }

    private static <T> T as(Tenant tenant, Object principal, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var user = (GuichetUser) principal;
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return in(tenant, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static CertifiedIdentity identity(String subject, String email) {
        return new CertifiedIdentity(subject, "Pierre", "MERCIER", "DUPONT", LocalDate.of(1969, 3, 17), "Annecy",
                email, "M", "74010", "99100");
    }

    private static OidcIdToken idToken(String subject) {
        Instant now = Instant.now();
        return OidcIdToken.withTokenValue("jeton-" + subject).subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(60)).build();
    }
}
