package fr.guichet.identity;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * An agent's own second factor (« Sécurité du compte »): a new TOTP secret, shown as a QR code and as text, becomes
 * the agent's only once confirmed by a first valid code; ten recovery codes are then shown once. An agent whose
 * commune requires a second factor enrols here during sign-in, before the session gets the agent's roles.
 */
@Service
@PreAuthorize(SecondFactorEnrolment.AGENT_OR_ENROLLING)
public class SecondFactorEnrolment {

    static final String AGENT_OR_ENROLLING = "hasAnyRole('AGENT', 'DESIGNER', 'ADMIN')"
            + " or hasAuthority('SECOND_FACTOR_ENROLMENT')";

    /** A secret being set up, kept by the page until confirmed. */
    public record Setup(String secret, String provisioningUri) {
    }

    /** The agent's second factor as the agent sees it. */
    public record Status(boolean enabled, int recoveryCodesLeft) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SecondFactorEnrolment.class);

    private final Agents agents;
    private final SecondFactors factors;
    private final Clock clock;

    SecondFactorEnrolment(Agents agents, SecondFactors factors, Clock clock) {
        this.agents = agents;
        this.factors = factors;
        this.clock = clock;
    }

    @TenantTransactional(readOnly = true)
    public Status status() {
        Agent agent = me();
        return new Status(agent.hasSecondFactor(), agent.hasSecondFactor() ? agent.recoveryCodesLeft() : 0);
    }

    /** A new secret for the signed-in agent; nothing is stored until {@link #confirm}. */
    public Setup start(String issuer) {
        if (!factors.available()) {
            throw new AccountChangeRefused("La double authentification n’est pas disponible sur cette plateforme "
                    + "(aucune clé de chiffrement configurée) : prévenez l’équipe d’exploitation.");
        }
        String secret = Totp.newSecret();
        return new Setup(secret, Totp.provisioningUri(issuer, SecurityContextHolder.getContext().getAuthentication()
                .getName(), secret));
    }

    /**
     * Makes {@code setup}'s secret the agent's second factor when {@code code} is its current code, replacing any
     * previous one; returns the ten recovery codes, which are shown this once. During a sign-in that required
     * enrolment, the session then gets the agent's roles.
     */
    @TenantTransactional
    public List<String> confirm(Setup setup, String code) {
        Instant now = clock.instant();
        OptionalLong step = Totp.acceptedStep(setup.secret(), code == null ? "" : code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new AccountChangeRefused("Ce code ne correspond pas : saisissez les 6 chiffres affichés maintenant "
                    + "par votre application (vérifiez que l’heure de votre téléphone est exacte).");
        }
        Agent agent = me();
        List<String> codes = SecondFactors.newRecoveryCodes();
        agent.enableSecondFactor(factors.seal(setup.secret()), step.getAsLong(),
                codes.stream().map(SecondFactors::recoveryHash).toList(), now);
        LOG.info("Agent {} enrolled a second factor", agent.id());
        SecondFactorSignIn.pending().filter(pending -> pending.step() == SecondFactorStep.ENROLMENT)
                .ifPresent(pending -> {
                    agent.signedIn(now);
                    SignedInSession.become(pending.completed());
                });
        return codes;
    }

    private Agent me() {
        String email = SecurityContextHolder.getContext().getAuthentication().getName();
        return agents.findByEmailIgnoreCase(email)
                .orElseThrow(() -> new AccountChangeRefused("Votre compte n’existe plus : reconnectez-vous."));
    }
}
