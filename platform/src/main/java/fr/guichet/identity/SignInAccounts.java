package fr.guichet.identity;

import fr.guichet.tenancy.CurrentTenant;
import fr.guichet.tenancy.TenantContext;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds who is signing in from the host: on a tenant's host, an agent of that tenant; on the operator host, an
 * operator. An agent of one commune therefore cannot sign in on another's back office.
 */
@Service
class SignInAccounts implements UserDetailsService {

    private final Agents agents;
    private final OperatorAccounts operators;
    private final SecondFactors secondFactors;
    private final Clock clock;

    SignInAccounts(Agents agents, OperatorAccounts operators, SecondFactors secondFactors, Clock clock) {
        this.agents = agents;
        this.operators = operators;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Optional<CurrentTenant> tenant = TenantContext.current();
        Optional<GuichetUser> user = tenant.isPresent()
                ? agents.findByEmailIgnoreCase(username.strip()).map(agent -> asUser(agent, tenant.get()))
                : operators.findForSignIn(username);
        return user.orElseThrow(() -> new UsernameNotFoundException("No account for this host"));
    }

    /**
     * An invited agent who has not chosen a password yet, or a deactivated one, is disabled; a locked one is refused
     * before the password is checked (Spring Security's pre-authentication checks). An agent who owes a second
     * factor gets a session without roles until it is given ({@link PendingAgent}, decision 023).
     */
    private GuichetUser asUser(Agent agent, CurrentTenant tenant) {
        var authorities = agent.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        String hash = agent.passwordHash();
        GuichetUser user = new GuichetUser(agent.email(), hash == null ? "" : hash, agent.isActive() && hash != null,
                !agent.isLockedAt(clock.instant()), authorities, tenant.id().toString(), agent.displayName());
        SecondFactorStep step = secondFactors.stepAfterPassword(agent);
        return step == null ? user : new PendingAgent(user, step);
    }
}
