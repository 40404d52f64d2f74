package fr.guichet.identity;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Citizens' accounts of the current tenant's portal: sign-up with an address confirmed by a link, and new links.
 * Signing up answers the same way whether the address is new or not (« un courriel vous a été envoyé »); only the
 * mailbox's owner learns that an account exists. Signing in goes through {@link CitizenAuthentication}.
 */
@Service
public class CitizenAccounts {

    /** How long a confirmation link works. */
    public static final Duration LINK_VALID_FOR = Duration.ofHours(24);

    private final Citizens citizens;
    private final PasswordEncoder passwords;
    private final CitizenMail mail;
    private final Clock clock;

    CitizenAccounts(Citizens citizens, PasswordEncoder passwords, CitizenMail mail, Clock clock) {
        this.citizens = citizens;
        this.passwords = passwords;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Creates an account waiting for its address to be confirmed and mails the link; with the address of a confirmed
     * account, mails its owner instead and changes nothing. A sign-up with the address of an account never confirmed
     * replaces it: the latest sign-up's password and link win.
     *
     * @param portalUrl the portal's root, for the links in the email
     * @throws SignUpRefused with every problem at once, in French
     */
    @TenantTransactional
    public void signUp(SignUp signUp, String portalUrl) {
        Map<String, String> problems = signUp.problems();
        if (!problems.isEmpty()) {
            throw new SignUpRefused(problems);
        }
        String email = EmailAddresses.normalise(signUp.email());
        // Hashed on every path, so that the time taken does not tell whether the address has an account.
        String passwordHash = passwords.encode(signUp.password());
        Optional<Citizen> existing = citizens.findByEmail(email);
        if (existing.isPresent() && existing.get().isVerified()) {
            mail.sendAlreadyRegistered(email, CitizenLinks.link(portalUrl, CitizenLinks.SIGN_IN));
            return;
        }
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LINK_VALID_FOR);
        if (existing.isPresent()) {
            existing.get().restartSignUp(passwordHash, SecretTokens.hash(token), expiresAt, now);
        } else {
            citizens.save(new Citizen(email, passwordHash, SecretTokens.hash(token), expiresAt, now));
        }
        mail.sendVerification(email, confirmationLink(portalUrl, token));
    }

    /** Confirms the address of the account waiting for this link's token. */
    @TenantTransactional
    public EmailConfirmation confirm(String token) {
        return citizens.findByVerificationTokenHash(SecretTokens.hash(token))
                .map(citizen -> citizen.confirm(clock.instant()))
                .orElse(EmailConfirmation.UNKNOWN);
    }

    /**
     * Mails a fresh confirmation link to an account not confirmed yet; does nothing for a confirmed or unknown
     * address. Sign-in calls it when the right password was given for an address not confirmed yet.
     */
    @TenantTransactional
    public void sendNewConfirmationLink(String email, String portalUrl) {
        citizens.findByEmail(EmailAddresses.normalise(email)).filter(citizen -> !citizen.isVerified())
                .ifPresent(citizen -> {
                    String token = SecretTokens.newToken();
                    Instant now = clock.instant();
                    citizen.sendNewLink(SecretTokens.hash(token), now.plus(LINK_VALID_FOR), now);
                    mail.sendVerification(citizen.email(), confirmationLink(portalUrl, token));
                });
    }

    private static String confirmationLink(String portalUrl, String token) {
        return CitizenLinks.link(portalUrl, CitizenLinks.CONFIRMATION + "/" + token);
    }
}
