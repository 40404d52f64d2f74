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
 * in on the operator host, where no tenant is current and nothing is recorded). A locked account is refused before
 * its password is checked ({@link SignInAccounts}), so a locked account's lock is not extended by further attempts.
 */
@Component
class AgentSignInAttempts {

    private final Bookkeeping bookkeeping;

    AgentSignInAttempts(Bookkeeping bookkeeping) {
        this.bookkeeping = bookkeeping;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (TenantContext.current().isPresent()) {
            bookkeeping.failed(event.getAuthentication().getName().strip());
        }
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (TenantContext.current().isPresent() && event.getAuthentication().getPrincipal() instanceof GuichetUser user
                && !(user instanceof CitizenUser) && !GuichetUser.OPERATOR_REALM.equals(user.realm())) {
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
