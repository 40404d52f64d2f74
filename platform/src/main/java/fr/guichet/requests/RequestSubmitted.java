package fr.guichet.requests;

import fr.guichet.tenancy.TenantId;
import java.util.UUID;

/** A request was submitted (online or registered by an agent); carries its tenant for listeners outside the request. */
public record RequestSubmitted(TenantId tenant, UUID requestId, String reference, Channel channel) {
}
