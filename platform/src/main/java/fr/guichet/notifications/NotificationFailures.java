package fr.guichet.notifications;

import fr.guichet.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's e-mails and SMS that could not be sent, for its administrators. */
@Service
public class NotificationFailures {

    private static final int MAX_LISTED = 200;

    private final OutboxStore store;
    private final Clock clock;

    NotificationFailures(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Sends that failed for good or are waiting for a retry, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<FailedDelivery> list() {
        return store.problems(TenantContext.requiredTenant().id(), MAX_LISTED);
    }

    /** How many sends failed for good. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long countFailed() {
        return store.countFailed(TenantContext.requiredTenant().id());
    }

    /**
     * Tries a send again at the next delivery run (one more attempt when it had failed for good); false when this
     * tenant has no such failed send, or it is being sent at this moment.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean retry(NotificationId id) {
        return store.retryNow(TenantContext.requiredTenant().id(), id, clock.instant());
    }
}
