package fr.guichet.search;

import fr.guichet.requests.Request;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantId;
import fr.guichet.tenancy.TenantSchemaListener;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The index of each tenant's requests, for operators: reindex one tenant (in the background, with progress and a
 * cancel), compare the index with the database, and forget a tenant's documents when its schema is created afresh
 * or dropped. Tenants are given explicitly (Hibernate Search's mass indexer takes a tenant identifier), never read
 * from a configured list, so any commune provisioned at run time can be reindexed.
 */
@Service
public class SearchIndexes implements TenantSchemaListener {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final SearchMapping mapping;
    private final TenantDirectory tenants;
    private final SearchEngine engine;
    private final Clock clock;
    private final Map<TenantId, ReindexJob> jobs = new ConcurrentHashMap<>();

    SearchIndexes(SearchMapping mapping, TenantDirectory tenants, SearchProperties properties, Clock clock) {
        this.mapping = mapping;
        this.tenants = tenants;
        this.engine = new SearchEngine(mapping, properties);
        this.clock = clock;
    }

    /** Starts reindexing the tenant in the background, or returns the run already going. */
    @PreAuthorize("hasRole('OPERATOR')")
    public ReindexProgress reindex(TenantId id) {
        return start(tenant(id)).progress();
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public Optional<ReindexProgress> progress(TenantId id) {
        return Optional.ofNullable(jobs.get(id)).map(ReindexJob::progress);
    }

    /** Stops the tenant's reindexing; what was indexed stays, the rest waits for the next run. */
    @PreAuthorize("hasRole('OPERATOR')")
    public Optional<ReindexProgress> cancel(TenantId id) {
        return Optional.ofNullable(jobs.get(id)).map(ReindexJob::cancel);
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public IndexHealth health(TenantId id) {
        Tenant tenant = tenant(id);
        try (Session session = sessionFor(tenant.schema())) {
            long stored = session.createSelectionQuery("select count(*) from Request", Long.class)
                    .getSingleResult();
            SearchEngine.Status engine = this.engine.status();
            long indexed = countIndexed(session);
            return new IndexHealth(stored, indexed, engine.indexBytes(), engine.engine(), engine.clusterStatus());
        }
    }

    /** The tenant's documents in the index; 0 when the engine does not answer (its status says so). */
    private static long countIndexed(Session session) {
        try {
            return Search.session(session).search(Request.class).where(f -> f.matchAll()).fetchTotalHitCount();
        } catch (SearchException e) {
            log.warn("Could not count the documents in the search index: {}", e.getMessage());
            return 0;
        }
    }

    /**
     * Reindexes a tenant and waits: for operators' command line and bulk imports (which write with JDBC or COPY,
     * out of Hibernate's sight, and so never slow down on indexing). Returns the requests indexed.
     */
    public long reindexAndWait(Tenant tenant) throws InterruptedException {
        ReindexJob job = start(tenant);
        try {
            job.future().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reindexing " + tenant.slug() + " failed", e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            log.info("Reindexing of {} was cancelled", tenant.slug());
        }
        return job.progress().done();
    }

    @Override
    public void schemaCreated(String schema) {
        purge(schema);
    }

    @Override
    public void schemaDropped(String schema) {
        purge(schema);
    }

    private void purge(String schema) {
        var workspace = mapping.scope(Request.class).workspace(schema);
        workspace.purge();
        workspace.refresh();
        log.info("Purged the search documents of schema {}", schema);
    }

    private synchronized ReindexJob start(Tenant tenant) {
        ReindexJob running = jobs.get(tenant.id());
        if (running != null && running.progress().running()) {
            return running;
        }
        ReindexJob job = ReindexJob.start(mapping, tenant, clock);
        jobs.put(tenant.id(), job);
        return job;
    }

    private Tenant tenant(TenantId id) {
        return tenants.find(id).orElseThrow(() -> new IllegalArgumentException("No tenant " + id));
    }

    private Session sessionFor(String schema) {
        return mapping.toOrmSessionFactory().unwrap(SessionFactory.class).withOptions().tenantIdentifier(
                (Object) schema).openSession();
    }

    /** Visible to tests and the command line: the job of a tenant. */
    Optional<CompletableFuture<?>> running(TenantId id) {
        return Optional.ofNullable(jobs.get(id)).map(ReindexJob::future);
    }
}
