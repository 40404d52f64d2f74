package fr.guichet.identity;

import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.stereotype.Service;

/**
 * Citizens' accounts of the current commune seen from FranceConnect (decision 018). The rules, in order:
 * <ol>
 * <li>an account already linked to this FranceConnect subject signs in, its certified identity refreshed;</li>
 * <li>no account has the address: a new account is created, already confirmed, without a usable password;</li>
 * <li>an account never confirmed has the address: FranceConnect's identity takes it over (its unconfirmed password
 * is dropped, so that whoever signed up with someone else's address gains nothing);</li>
 * <li>a confirmed account has the address: nothing happens until its owner signs in once with the password
 * ({@link #link}); an address alone never merges two identities;</li>
 * <li>that account is already linked to another FranceConnect identity: refused.</li>
 * </ol>
 */
@Service
public class FranceConnectAccounts {

    private static final Logger log = LoggerFactory.getLogger(FranceConnectAccounts.class);
    static final String NOT_LINKED = "Votre compte n’est pas lié à FranceConnect.";

    private final Citizens citizens;
    private final PasswordEncoder passwords;
    private final Clock clock;

    FranceConnectAccounts(Citizens citizens, PasswordEncoder passwords, Clock clock) {
        this.citizens = citizens;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Signs the person in on the current tenant's portal under the rules above; {@code idToken} (already verified)
     * stays with the session for the logout through FranceConnect.
     */
    @TenantTransactional
    public FranceConnectSignIn signIn(CertifiedIdentity identity, OidcIdToken idToken) {
        var tenant = TenantContext.requiredTenant();
        Optional<Citizen> linked = citizens.findByFranceConnectSubject(identity.subject());
        if (linked.isPresent()) {
            linked.get().certify(identity, clock.instant());
            return new FranceConnectSignIn.SignedIn(new FranceConnectCitizen(linked.get(), tenant, idToken));
        }
        Optional<Citizen> sameAddress = citizens.findByEmail(EmailAddresses.normalise(identity.email()));
        if (sameAddress.isEmpty()) {
            Citizen created = citizens.save(Citizen.certifiedBy(identity, unusablePassword(), clock.instant()));
            log.info("Citizen account created by FranceConnect");
            return new FranceConnectSignIn.SignedIn(new FranceConnectCitizen(created, tenant, idToken));
        }
        Citizen existing = sameAddress.get();
        if (existing.franceConnectSubject() != null) {
            log.warn("FranceConnect sign-in refused: the account of this address is linked to another identity");
            return new FranceConnectSignIn.LinkedElsewhere();
        }
        if (!existing.isVerified()) {
            existing.takeOverUnconfirmed(identity, unusablePassword(), clock.instant());
            log.info("Unconfirmed citizen account taken over by FranceConnect (its password was dropped)");
            return new FranceConnectSignIn.SignedIn(new FranceConnectCitizen(existing, tenant, idToken));
        }
        return new FranceConnectSignIn.LinkNeeded(identity);
    }

    /**
     * Links the signed-in citizen's password account to {@code identity}, which FranceConnect vouched for in the
     * same browser session; only when the addresses match and the account is linked to no other identity.
     *
     * @return whether the account is now linked
     */
    @TenantTransactional
    @PreAuthorize("hasRole('CITIZEN')")
    public boolean link(CertifiedIdentity identity) {
        Citizen citizen = citizens.findById(CitizenProfiles.signedInId())
                .orElseThrow(() -> new AccessDeniedException("This citizen's account no longer exists"));
        if (!citizen.email().equalsIgnoreCase(EmailAddresses.normalise(identity.email()))
                || citizen.franceConnectSubject() != null
                || citizens.findByFranceConnectSubject(identity.subject()).isPresent()) {
            log.warn("FranceConnect link refused: other address or identity already linked");
            return false;
        }
        citizen.linkFranceConnect(identity, clock.instant());
        log.info("Citizen account linked to FranceConnect after a password sign-in");
        return true;
    }

    /**
     * Unlinks the signed-in citizen's account from FranceConnect; the citizen chooses the password they will sign in
     * with from now on (an account created by FranceConnect has none they know). The certified values stay in the
     * profile, no longer certified. The next FranceConnect sign-in with the same address then follows the rules
     * above for a confirmed account: it links again only after a password sign-in.
     *
     * @return the French reason the password is refused, or empty once the account is unlinked
     */
    @TenantTransactional
    @PreAuthorize("hasRole('CITIZEN')")
    public Optional<String> unlink(String newPassword) {
        Citizen citizen = citizens.findById(CitizenProfiles.signedInId())
                .orElseThrow(() -> new AccessDeniedException("This citizen's account no longer exists"));
        if (citizen.franceConnectSubject() == null) {
            return Optional.of(NOT_LINKED);
        }
        Optional<String> problem = PasswordRules.problem(newPassword, citizen.email());
        if (problem.isPresent()) {
            return problem;
        }
        citizen.unlinkFranceConnect(passwords.encode(newPassword), clock.instant());
        log.info("Citizen account unlinked from FranceConnect at the citizen's request");
        return Optional.empty();
    }

    /** A password nobody knows (256 random bits, hashed): a FranceConnect account has no password sign-in. */
    private String unusablePassword() {
        return passwords.encode(SecretTokens.newToken());
    }
}
