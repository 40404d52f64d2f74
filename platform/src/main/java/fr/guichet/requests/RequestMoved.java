package fr.guichet.requests;

import fr.guichet.tenancy.TenantId;
import java.util.UUID;

/** A request changed status through a transition of its workflow. */
public record RequestMoved(TenantId tenant, UUID requestId, String reference, String from, String to, String actor) {
}
