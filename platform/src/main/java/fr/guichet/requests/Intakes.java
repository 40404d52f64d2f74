package fr.guichet.requests;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.teams.AgentScope;
import fr.guichet.teams.VisibleProcedures;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Requests being registered by an agent for a person met at the counter, on the phone, by post or by e-mail: the
 * back office records who and how, then the agent fills the procedure's form in the portal's own renderer, bound to
 * this intake by an unguessable token that only opens for that agent in that tenant, for two hours.
 */
@Service
@PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
public class Intakes {

    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Intake> intakes = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(2))
            .maximumSize(20_000).build();
    private final Catalog catalog;
    private final AgentScope scope;

    Intakes(Catalog catalog, AgentScope scope) {
        this.catalog = catalog;
        this.scope = scope;
    }

    /** Who a registration is for and how the request arrived. */
    public record Intake(TenantId tenant, String agent, Channel channel, Requester requester) {
    }

    /** The published procedures this agent may register requests for: those their teams process. */
    public List<ProcedureSummary> procedures() {
        VisibleProcedures visible = scope.ofCurrentAgent();
        return catalog.published(null).stream().filter(procedure -> visible.includes(procedure.id())).toList();
    }

    /** Starts a registration; refused in French when the channel or the person is missing. */
    public String open(Channel channel, Requester requester) {
        if (channel == Channel.ONLINE) {
            throw new TransitionRefused("Choisissez le canal par lequel la demande est arrivée.");
        }
        if (requester.name() == null || requester.name().isBlank()) {
            throw new TransitionRefused("Indiquez le nom de la personne qui fait la demande.");
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        intakes.put(token, new Intake(TenantContext.requiredTenant().id(), agent(), channel, requester));
        return token;
    }

    /** The registration under {@code token}, for the agent who started it in the current tenant. */
    public Optional<Intake> find(String token) {
        return Optional.ofNullable(intakes.getIfPresent(token))
                .filter(intake -> intake.tenant().equals(TenantContext.requiredTenant().id()))
                .filter(intake -> intake.agent().equals(agent()));
    }

    /** Ends a registration once its request is saved, so that the same form cannot register it twice. */
    public void close(String token) {
        intakes.invalidate(token);
    }

    private static String agent() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
