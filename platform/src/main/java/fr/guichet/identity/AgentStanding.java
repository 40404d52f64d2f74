package fr.guichet.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in agent's session still matches the account: an agent deactivated, or whose roles changed, since
 * signing in must sign in again. Read at most every {@link #FRESH_FOR} per agent and node (and at once after a change
 * made on this node), so that a change reaches every session within seconds without a query per HTTP request.
 */
@Component
class AgentStanding {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    /** What the account allows now: the authorities of an active account, none for a deactivated or missing one. */
    private record Standing(Set<String> authorities) {
    }

    private final Agents agents;
    private final Cache<String, Standing> standings = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(FRESH_FOR).build();

    AgentStanding(Agents agents) {
        this.agents = agents;
    }

    /** Whether {@code user}, an agent signed in on the current tenant's host, may go on with this session. */
    @TenantTransactional(readOnly = true)
    public boolean stillValid(GuichetUser user) {
        Standing standing = standings.get(key(user.getUsername()), ignored -> read(user.getUsername()));
        Set<String> granted = user instanceof PendingAgent pending ? pending.roles()
                : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return !standing.authorities().isEmpty() && standing.authorities().equals(granted);
    }

    /** Forgets what was read of {@code email} in the current tenant, after a change of the account. */
    void changed(String email) {
        standings.invalidate(key(email));
    }

    private Standing read(String email) {
        return new Standing(agents.findByEmailIgnoreCase(email)
                .filter(agent -> agent.isActive() && agent.passwordHash() != null)
                .map(agent -> agent.roles().stream().map(AgentRole::authority).collect(Collectors.toSet()))
                .orElse(Set.of()));
    }

    private static String key(String email) {
        return TenantContext.requiredTenant().id() + "/" + email.toLowerCase(java.util.Locale.ROOT);
    }
}
