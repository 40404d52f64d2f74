package fr.guichet.search;

import fr.guichet.requests.Request;
import fr.guichet.tenancy.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of Hibernate Search's mass indexer for one tenant: the tenant's documents are purged first, then its
 * requests are loaded from its schema and indexed. The catalog's procedures (tens) are reindexed first, before
 * the requests' run starts, so that progress counts requests only. Progress is counted by the indexer's monitor; cancelling the
 * indexer's future stops it.
 */
final class ReindexJob implements MassIndexingMonitor {

    private static final Logger log = LoggerFactory.getLogger(ReindexJob.class);

    private final Tenant tenant;
    private final Clock clock;
    private final Instant startedAt;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicReference<ReindexProgress.State> state = new AtomicReference<>(ReindexProgress.State.RUNNING);
    private volatile @Nullable Instant endedAt;
    private volatile @Nullable String failure;
    private volatile CompletableFuture<?> indexing = CompletableFuture.completedFuture(null);
    private volatile CompletableFuture<?> future = CompletableFuture.completedFuture(null);

    private ReindexJob(Tenant tenant, Clock clock) {
        this.tenant = tenant;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    static ReindexJob start(SearchMapping mapping, Tenant tenant, Clock clock) {
        ReindexJob job = new ReindexJob(tenant, clock);
        log.info("Reindexing the requests of {}", tenant.slug());
        CatalogSearch.indexCatalog(mapping, tenant.schema());
        job.indexing = mapping.scope(Request.class).massIndexer(tenant.schema())
                .purgeAllOnStart(true)
                .mergeSegmentsOnFinish(false)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(100)
                .monitor(job)
                .start().toCompletableFuture();
        job.future = job.indexing.whenComplete((ignored, error) -> job.finish(error));
        return job;
    }

    ReindexProgress progress() {
        return new ReindexProgress(tenant.id(), state.get(), total.get(), done.get(), startedAt, endedAt, failure);
    }

    CompletableFuture<?> future() {
        return future;
    }

    ReindexProgress cancel() {
        if (state.get() == ReindexProgress.State.RUNNING) {
            indexing.cancel(true);
        }
        return progress();
    }

    private void finish(@Nullable Throwable error) {
        endedAt = clock.instant();
        Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
        if (cause == null) {
            state.set(ReindexProgress.State.DONE);
            log.info("Reindexed {} requests of {}", done.get(), tenant.slug());
        } else if (cause instanceof CancellationException) {
            state.set(ReindexProgress.State.CANCELLED);
            log.info("Reindexing of {} cancelled after {} requests", tenant.slug(), done.get());
        } else {
            failure = cause.toString();
            state.set(ReindexProgress.State.FAILED);
            log.error("Reindexing of {} failed", tenant.slug(), cause);
        }
    }

    @Override
    public void documentsAdded(long increment) {
        done.addAndGet(increment);
    }

    @Override
    public void documentsBuilt(long increment) {
        // Counted when added to the index.
    }

    @Override
    public void entitiesLoaded(long increment) {
        // Counted when added to the index.
    }

    @Override
    public void addToTotalCount(long increment) {
        total.addAndGet(increment);
    }

    @Override
    public void indexingCompleted() {
        // The future's completion records the end.
    }
}
