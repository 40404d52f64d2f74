package fr.guichet.search;

import fr.guichet.tenancy.TenantId;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The search outbox seen by operators, per tenant: changes waiting to be indexed, those that failed, and a retry
 * (tenant-admin's search index panel). Empty in direct mode, where changes are indexed as their transaction commits.
 */
@Service
public class IndexingQueue {

    private static final int MAX_LISTED = 50;

    private final SearchOutboxStore store;
    private final IndexingProperties properties;
    private final Clock clock;

    IndexingQueue(SearchOutboxStore store, IndexingProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether changes go through the outbox ({@code guichet.search.indexing=outbox}). */
    public boolean outboxMode() {
        return properties.outboxMode();
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public IndexingBacklog backlog(TenantId tenant) {
        return store.backlog(tenant);
    }

    /** Changes that failed for good or wait for a retry, newest first. */
    @PreAuthorize("hasRole('OPERATOR')")
    public List<IndexingFailure> failures(TenantId tenant) {
        return store.problems(tenant, MAX_LISTED);
    }

    /** Makes the tenant's failed and retrying changes due now, with a fresh round of attempts; how many. */
    @PreAuthorize("hasRole('OPERATOR')")
    public int retry(TenantId tenant) {
        return store.retryNow(tenant, clock.instant());
    }
}
