package fr.guichet.search;

import fr.guichet.tenancy.CurrentTenant;
import java.util.UUID;

/** A row of the search outbox claimed by this node: which request of which tenant to index, under which lease. */
record ClaimedChange(long id, CurrentTenant tenant, UUID requestId, int attempts, UUID claimToken) {
}
