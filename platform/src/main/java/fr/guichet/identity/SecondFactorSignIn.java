package fr.guichet.identity;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The second step of an agent's sign-in (decision 023): after a right password, an agent with a second factor has a
 * session that opens nothing until a code from the authenticator application, or an unused recovery code, is typed.
 * Wrong codes count towards the account's lockout like wrong passwords; the password's success does not reset that
 * count, the second step's does.
 */
@Service
public class SecondFactorSignIn {

    /** What became of a code typed at the second step. */
    public enum Verification {
        /** The session now has the agent's roles. */
        ACCEPTED,
        /** Wrong or already used code: the agent may try again. */
        WRONG,
        /** The account is locked (now or already): the session was signed out. */
        LOCKED
    }

    private static final Logger LOG = LoggerFactory.getLogger(SecondFactorSignIn.class);

    private final Agents agents;
    private final SecondFactors factors;
    private final Clock clock;

    SecondFactorSignIn(Agents agents, SecondFactors factors, Clock clock) {
        this.agents = agents;
        this.factors = factors;
        this.clock = clock;
    }

    /** The step the current session still owes, if it is an agent's half-done sign-in. */
    public Optional<SecondFactorStep> pendingStep() {
        return pending().map(PendingAgent::step);
    }

    /** Checks {@code code} for the current session, which must owe {@link SecondFactorStep#CODE}. */
    @TenantTransactional
    public Verification verify(String code) {
        PendingAgent pending = pending().filter(user -> user.step() == SecondFactorStep.CODE)
                .orElseThrow(() -> new AccountChangeRefused("Aucune connexion n’attend de code : reconnectez-vous."));
        Instant now = clock.instant();
        Agent agent = agents.findByEmailIgnoreCase(pending.getUsername()).filter(Agent::isActive).orElse(null);
        if (agent == null || agent.isLockedAt(now)) {
            SignedInSession.end();
            return Verification.LOCKED;
        }
        if (factors.accept(agent, code == null ? "" : code)) {
            agent.signedIn(now);
            SignedInSession.become(pending.completed());
            LOG.info("Agent {} signed in with a second factor ({} recovery codes left)", agent.id(),
                    agent.recoveryCodesLeft());
            return Verification.ACCEPTED;
        }
        agent.signInFailed(now);
        if (agent.isLockedAt(now)) {
            LOG.warn("Agent {} locked after {} wrong passwords or codes", agent.id(), Agent.LOCK_AFTER);
            SignedInSession.end();
            return Verification.LOCKED;
        }
        return Verification.WRONG;
    }

    static Optional<PendingAgent> pending() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PendingAgent pending
                ? Optional.of(pending) : Optional.empty();
    }
}
