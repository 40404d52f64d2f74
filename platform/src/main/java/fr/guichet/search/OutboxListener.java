package fr.guichet.search;

import fr.guichet.requests.Request;
import fr.guichet.requests.RequestEvent;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In outbox mode, marks the requests a tenant's transaction changed: whatever feeds a request's document (the
 * request itself, its timeline entries, which hold messages and notes; see {@link RequestMapping}) appends
 * {@code (tenant, request, change time)} to {@code platform.search_outbox} when the session flushes it, through the
 * tenant's own connection, in its transaction, once per request and transaction: a rolled back transaction takes
 * its rows with it.
 */
final class OutboxListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    private static final Logger log = LoggerFactory.getLogger(OutboxListener.class);

    private final Clock clock;
    /** Request ids changed by each open transaction, per session (a session has one transaction at a time). */
    private final Map<SharedSessionContractImplementor, Set<UUID>> changed = new ConcurrentHashMap<>();

    OutboxListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        entityChanged(event.getSession(), event.getEntity(), event.getPersister(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        entityChanged(event.getSession(), event.getEntity(), event.getPersister(), event.getId());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        entityChanged(event.getSession(), event.getEntity(), event.getPersister(), event.getId());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collectionChanged(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void entityChanged(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
            Object id) {
        if (entity instanceof Request) {
            mark(session, id);
        } else if (entity instanceof RequestEvent) {
            mark(session, persister.getPropertyValue(entity, "requestId"));
        }
    }

    private void collectionChanged(AbstractCollectionEvent event) {
        if (event.getAffectedOwnerOrNull() instanceof Request) {
            mark(event.getSession(), event.getAffectedOwnerIdOrNull());
        }
    }

    private void mark(SharedSessionContractImplementor session, @Nullable Object requestId) {
        if (requestId instanceof UUID id && changed.computeIfAbsent(session, this::startCollecting).add(id)) {
            append(session, id);
        }
    }

    /** Forgets the transaction's requests when it ends, committed or rolled back. */
    private Set<UUID> startCollecting(SharedSessionContractImplementor session) {
        session.getTransactionCompletionCallbacks().registerCallback(
                (TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) -> changed.remove(s));
        return ConcurrentHashMap.newKeySet();
    }

    /** Sessions whose transaction changed requests and has not ended yet (tests: none is left behind). */
    int collecting() {
        return changed.size();
    }

    /**
     * Appends the row during the flush, on the transaction's own connection (plain JDBC: a Hibernate query here would
     * flush again), once per request and transaction.
     */
    private void append(SharedSessionContractImplementor session, UUID request) {
        String schema = String.valueOf(session.getTenantIdentifierValue());
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection()
                .prepareStatement("""
                        INSERT INTO platform.search_outbox (tenant_id, request_id, changed_at, next_attempt_at)
                        SELECT id, ?, ?, ? FROM platform.tenants WHERE schema_name = ?""")) {
            insert.setObject(1, request);
            insert.setTimestamp(2, now);
            insert.setTimestamp(3, now);
            insert.setString(4, schema);
            if (insert.executeUpdate() == 0) {
                log.debug("Schema {} is no tenant's: request {} not marked for indexing", schema, request);
            }
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e,
                    "Could not mark request " + request + " for indexing");
        }
    }
}
