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
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
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

    private IndexingReport index(List<ClaimedChange> claimed, Instant now) {
        Map<CurrentTenant, List<ClaimedChange>> byTenant = new LinkedHashMap<>();
        for (ClaimedChange change : claimed) {
            byTenant.computeIfAbsent(change.tenant(), t -> new ArrayList<>()).add(change);
        }
        IndexingReport report = IndexingReport.NONE;
        for (Map.Entry<CurrentTenant, List<ClaimedChange>> tenant : byTenant.entrySet()) {
            report = report.plus(TenantContext.supplyAs(tenant.getKey(),
                    () -> indexTenant(tenant.getKey(), tenant.getValue(), now)));
        }
        return report;
    }

    private IndexingReport indexTenant(CurrentTenant tenant, List<ClaimedChange> changes, Instant now) {
        UUID token = changes.getFirst().claimToken();
        Set<UUID> requests = new LinkedHashSet<>();
        changes.forEach(change -> requests.add(change.requestId()));
        int written;
        try {
            written = write(tenant.schema(), requests);
        } catch (RuntimeException e) {
            return failed(tenant, changes, e, now);
        }
        store.indexed(token, tenant.id(), requests);
        return new IndexingReport(written, requests.size() - written, 0, 0);
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
     * Writes the current state of these requests to the index, and deletes the documents of those that no longer
     * exist; returns how many were written. Waits until the index has them durably and searchable ({@code sync}),
     * so the rows are deleted only once the work is safe.
     */
    private int write(String schema, Set<UUID> requests) {
        SessionFactory sessions = mapping.toOrmSessionFactory().unwrap(SessionFactory.class);
        try (Session session = sessions.withOptions().tenantIdentifier((Object) schema).openSession()) {
            session.setDefaultReadOnly(true);
            Transaction transaction = session.beginTransaction();
            try {
                List<Request> found = session.createSelectionQuery("from Request where id in :ids", Request.class)
                        .setParameter("ids", requests).list();
                SearchSession search = Search.session(session);
                search.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync());
                SearchIndexingPlan plan = search.indexingPlan();
                Set<UUID> gone = new HashSet<>(requests);
                for (Request request : found) {
                    plan.addOrUpdate(request);
                    gone.remove(request.id());
                }
                gone.forEach(id -> plan.purge(Request.class, id, null));
                plan.execute();
                transaction.commit();
                return found.size();
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            }
        }
    }
}
