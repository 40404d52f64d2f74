package fr.guichet.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agent's account as administrators see it.
 *
 * @param secondFactor whether the agent signs in with a code from an authenticator application too
 * @param version what the administrator saw, given back with a change so that a change made meanwhile is noticed
 */
public record AgentAccount(UUID id, String email, String displayName, Set<AgentRole> roles, AgentStatus status,
        @Nullable Instant lockedUntil, @Nullable Instant lastSignInAt, boolean secondFactor,
        long version) {

    public AgentAccount {
        roles = Set.copyOf(roles);
    }
}
