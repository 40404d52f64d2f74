package fr.guichet.search;

import fr.guichet.outbox.RetrySchedule;
import fr.guichet.requests.Request;
import fr.guichet.tenancy.CurrentTenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantSchemaListener;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Indexes what the search outbox holds, for every tenant (decision 017): claims due rows (several nodes may run this
 * at once), groups them by tenant, reloads those requests in that tenant's session and writes their documents (or
 * deletes the documents of requests gone) through Hibernate Search with the tenant given explicitly, then deletes the
 * rows; a failure is retried with backoff, then kept as failed for operators. The tenant comes from each row: there
 * is no list of tenants anywhere. Runs on a schedule in outbox mode ({@code OutboxPoller}); tests call
 * {@link #indexDue(Instant)} themselves.
 */
@Service
class OutboxIndexing implements TenantSchemaListener {

    private static final int MAX_BATCHES_PER_RUN = 20;
    private static final String FAILURE_MESSAGE = "L’indexation a échoué ; l’équipe technique peut en trouver le "
            + "détail dans le journal de la plateforme.";
    private static final Logger log = LoggerFactory.getLogger(OutboxIndexing.class);

    private final SearchOutboxStore store;
    private final SearchMapping mapping;
    private final IndexingProperties.Outbox settings;
    private final RetrySchedule retries;
    private final Clock clock;

    OutboxIndexing(SearchOutboxStore store, SearchMapping mapping, IndexingProperties properties, Clock clock) {
        this.store = store;
        this.mapping = mapping;
        this.settings = properties.outbox();
        this.retries = new RetrySchedule(settings.firstRetry(), settings.maxRetry());
        this.clock = clock;
    }

    /** Indexes what is due now. */
    IndexingReport indexDue() {
        return indexDue(clock.instant());
    }

    /** Indexes what is due at {@code now} (tests pass a later instant instead of waiting for a retry). */
    IndexingReport indexDue(Instant now) {
        IndexingReport report = IndexingReport.NONE;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<ClaimedChange> claimed = claim(now);
            report = report.plus(index(claimed, now));
            if (claimed.size() < settings.batchSize()) {
                break;
            }
        }
        return report;
    }

    /** Claims a batch without indexing it: what a node does just before it dies (tests of the lease). */
    List<ClaimedChange> claim(Instant now) {
        return store.claim(now, now.plus(settings.lease()), settings.batchSize());
    }

    @Override
    public void schemaCreated(String schema) {
        store.forgetSchema(schema);
    }

    @Override
    public void schemaDropped(String schema) {
        int forgotten = store.forgetSchema(schema);
        if (forgotten > 0) {
            log.info("Forgot {} search outbox row(s) of schema {}", forgotten, schema);
        }
    }

    /**
     * Indexes a batch: each tenant's requests are written in that tenant's session, all tenants' writes are awaited,
     * then the index is committed and refreshed once for the whole batch (not once per tenant: a Lucene commit is an
     * fsync), and only then are the rows deleted.
     */
    private IndexingReport index(List<ClaimedChange> claimed, Instant now) {
        Map<CurrentTenant, List<ClaimedChange>> byTenant = new LinkedHashMap<>();
        for (ClaimedChange change : claimed) {
            byTenant.computeIfAbsent(change.tenant(), t -> new ArrayList<>()).add(change);
        }
        IndexingReport report = IndexingReport.NONE;
        List<Written> written = new ArrayList<>();
        for (Map.Entry<CurrentTenant, List<ClaimedChange>> tenant : byTenant.entrySet()) {
            try {
                written.add(TenantContext.supplyAs(tenant.getKey(), () -> write(tenant.getKey(), tenant.getValue())));
            } catch (RuntimeException e) {
                report = report.plus(failed(tenant.getKey(), tenant.getValue(), e, now));
            }
        }
        List<Written> safe = new ArrayList<>();
        for (Written tenant : written) {
            try {
                tenant.await();
                safe.add(tenant);
            } catch (RuntimeException e) {
                report = report.plus(failed(tenant.tenant(), tenant.changes(), e, now));
            }
        }
        if (safe.isEmpty()) {
            return report;
        }
        try {
            SearchWorkspace workspace = mapping.scope(Request.class).workspace(safe.getFirst().tenant().schema());
            workspace.flush();
            workspace.refresh();
        } catch (RuntimeException e) {
            for (Written tenant : safe) {
                report = report.plus(failed(tenant.tenant(), tenant.changes(), e, now));
            }
            return report;
        }
        for (Written tenant : safe) {
            store.indexed(tenant.changes().getFirst().claimToken(), tenant.tenant().id(), tenant.requests());
            report = report.plus(new IndexingReport(tenant.found(), tenant.requests().size() - tenant.found(), 0, 0));
        }
        return report;
    }

    private IndexingReport failed(CurrentTenant tenant, List<ClaimedChange> changes, RuntimeException cause,
            Instant now) {
        int retrying = 0;
        int failed = 0;
        Map<Integer, Long> byAttempts = changes.stream()
                .collect(Collectors.groupingBy(ClaimedChange::attempts, Collectors.counting()));
        for (Map.Entry<Integer, Long> group : byAttempts.entrySet()) {
            int attempts = group.getKey();
            boolean giveUp = attempts >= settings.maxAttempts();
            Instant next = giveUp ? null : retries.after(attempts, now);
            store.failed(changes.getFirst().claimToken(), tenant.id(), attempts, FAILURE_MESSAGE, next);
            if (giveUp) {
                failed += group.getValue().intValue();
            } else {
                retrying += group.getValue().intValue();
            }
        }
        if (failed > 0) {
            log.warn("Indexing {} change(s) of {} failed for good after {} attempt(s)", failed, tenant.slug(),
                    settings.maxAttempts(), cause);
        }
        if (retrying > 0) {
            log.warn("Indexing {} change(s) of {} failed, retried with backoff: {}", retrying, tenant.slug(),
                    cause.toString());
        }
        return new IndexingReport(0, 0, retrying, failed);
    }

    /**
     * Hands the current state of a tenant's requests to the index, and the deletion of the documents of those that no
     * longer exist; returns without waiting for the index (see {@link Written#await()}).
     */
    private Written write(CurrentTenant tenant, List<ClaimedChange> changes) {
        Set<UUID> requests = new LinkedHashSet<>();
        changes.forEach(change -> requests.add(change.requestId()));
        SessionFactory sessions = mapping.toOrmSessionFactory().unwrap(SessionFactory.class);
        try (Session session = sessions.withOptions().tenantIdentifier((Object) tenant.schema()).openSession()) {
            session.setDefaultReadOnly(true);
            Transaction transaction = session.beginTransaction();
            try {
                List<Request> found = session.createSelectionQuery("from Request where id in :ids", Request.class)
                        .setParameter("ids", requests).list();
                List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> outcome = new ArrayList<>(1);
                SearchSession search = Search.session(session);
                // Neither commit nor refresh per tenant: once for the whole batch, in index().
                search.indexingPlanSynchronizationStrategy(context -> {
                    context.documentCommitStrategy(DocumentCommitStrategy.NONE);
                    context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
                    context.indexingFutureHandler(outcome::add);
                });
                SearchIndexingPlan plan = search.indexingPlan();
                Set<UUID> gone = new HashSet<>(requests);
                for (Request request : found) {
                    plan.addOrUpdate(request);
                    gone.remove(request.id());
                }
                gone.forEach(id -> plan.purge(Request.class, id, null));
                plan.execute();
                transaction.commit();
                return new Written(tenant, changes, requests, found.size(),
                        outcome.isEmpty() ? CompletableFuture.completedFuture(null) : outcome.getFirst());
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            }
        }
    }

    /** A tenant's requests handed to the index, whose writing may still be going on. */
    private record Written(CurrentTenant tenant, List<ClaimedChange> changes, Set<UUID> requests, int found,
            CompletableFuture<? extends @Nullable SearchIndexingPlanExecutionReport> outcome) {

        /** Waits until the index has applied the writes (not yet committed); throws if any failed. */
        void await() {
            SearchIndexingPlanExecutionReport report = outcome.join();
            if (report != null && report.throwable().isPresent()) {
                throw new IllegalStateException("Indexing " + report.failingEntities().size() + " request(s) of "
                        + tenant.slug() + " failed", report.throwable().get());
            }
        }
    }
}
