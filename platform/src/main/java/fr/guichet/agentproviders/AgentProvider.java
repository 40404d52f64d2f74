package fr.guichet.agentproviders;

import java.time.Instant;
import java.util.List;

/** A tenant's identity provider for its agents as administrators see it: never the secret itself. */
public record AgentProvider(ProviderKind kind, String displayName, String issuer, String clientId,
        List<String> scopes, boolean localPasswordsAllowed, Instant updatedAt, String updatedBy) {

    public AgentProvider {
        scopes = List.copyOf(scopes);
    }
}
