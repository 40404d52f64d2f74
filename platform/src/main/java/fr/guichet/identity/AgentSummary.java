package fr.guichet.identity;

import java.util.Set;
import java.util.UUID;

/** An agent of the current tenant as other features see it: who, and with which roles. */
public record AgentSummary(UUID id, String email, String displayName, Set<AgentRole> roles, boolean active) {

    public AgentSummary {
        roles = Set.copyOf(roles);
    }

    static AgentSummary of(Agent agent) {
        return new AgentSummary(agent.id(), agent.email(), agent.displayName(), agent.roles(), agent.isActive());
    }
}
