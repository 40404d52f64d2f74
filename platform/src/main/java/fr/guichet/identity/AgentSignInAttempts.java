package fr.guichet.identity;

import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts agents' wrong passwords on their commune's host and records successful sign-ins, from the events of the
 * agents' sign-in (citizens sign in through their own authentication manager, which publishes none; operators sign
 * in on the operator host, where no tenant is current: their failures are counted on their control-plane account by
 * {@link OperatorAccounts}). A locked account is refused before
 * its password is checked ({@link SignInAccounts}), so a locked account's lock is not extended by further attempts.
 */
@Component
class AgentSignInAttempts {

    private final Bookkeeping bookkeeping;
    private final OperatorAccounts operators;

    AgentSignInAttempts(Bookkeeping bookkeeping, OperatorAccounts operators) {
        this.bookkeeping = bookkeeping;
        this.operators = operators;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (TenantContext.current().isPresent()) {
            bookkeeping.failed(event.getAuthentication().getName().strip());
        } else {
            // No tenant: the operator host, where operators and EPCI administrators sign in (decision 023).
            operators.signInFailed(event.getAuthentication().getName());
        }
    }

    @EventListener
    public void operatorSignedIn(AuthenticationSuccessEvent event) {
        if (TenantContext.current().isEmpty() && event.getAuthentication().getPrincipal() instanceof GuichetUser user
                && GuichetUser.OPERATOR_REALM.equals(user.realm())) {
            operators.signedIn(user.getUsername());
        }
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (TenantContext.current().isPresent() && event.getAuthentication().getPrincipal() instanceof GuichetUser user
                && !(user instanceof CitizenUser) && !(user instanceof PendingAgent)
                && !GuichetUser.OPERATOR_REALM.equals(user.realm())) {
            // A pending agent's password is right but the count is reset by the second step only (decision 023).
            bookkeeping.succeeded(user.getUsername());
        }
    }

    /** The writes, in the tenant's transaction (opened only once a tenant is known to be current). */
    @Component
    static class Bookkeeping {

        private static final Logger LOG = LoggerFactory.getLogger(Bookkeeping.class);

        private final Agents agents;
        private final Clock clock;

        Bookkeeping(Agents agents, Clock clock) {
            this.agents = agents;
            this.clock = clock;
        }

        @TenantTransactional
        public void failed(String email) {
            agents.findByEmailIgnoreCase(email).ifPresent(agent -> {
                agent.signInFailed(clock.instant());
                if (agent.isLockedAt(clock.instant())) {
                    LOG.warn("Agent {} locked after {} wrong passwords", agent.id(), Agent.LOCK_AFTER);
                }
            });
        }

        @TenantTransactional
        public void succeeded(String email) {
            agents.findByEmailIgnoreCase(email).ifPresent(agent -> agent.signedIn(clock.instant()));
        }
    }
}
