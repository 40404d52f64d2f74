package fr.guichet.search;

import static fr.guichet.search.SearchActors.agentOf;

import fr.guichet.catalog.Catalog;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestProcedures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The search outbox measured (decision 017), on Lucene with this node's poller running every 200 ms (the default):
 * how long a submission takes to show up in search results; how the outbox grows and drains under a 4-thread
 * submission series; and what one poll costs, idle and with work, with a hundred tenant schemas and then with
 * {@code -Dbench.tenants} (2,000 by default). Run: docs/benchmarks.md, « Search outbox ».
 */
@IntegrationTest
@TestPropertySource(properties = "guichet.search.indexing=outbox")
@Tag("benchmark")
class SearchOutboxBenchmark {

    private static final int TENANTS = Integer.getInteger("bench.tenants", 2_000);
    private static final int VISIBILITY_SAMPLES = Integer.getInteger("bench.visibility", 200);
    private static final int SERIES = Integer.getInteger("bench.series", 150);

    @Autowired
    Submissions submissions;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    RequestSearch search;
    @Autowired
    OutboxIndexing indexing;
    @Autowired
    OutboxPoller poller;
    @Autowired
    JdbcClient jdbc;

    @Test
    void printsDelaysBacklogAndPollCost() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "mesure");
        String procedure = TestProcedures.publish(catalog, commune, "Signalement", RequestSearchTest.FORM);
        for (int i = 0; i < 30; i++) { // warm-up
            visibilityDelay(commune, procedure, i);
        }
        visibility(commune, procedure);
        series(commune, procedure);
        drain(commune, procedure);
        pollCost(commune);
    }

    /** Submission's return → its reference found by a search (the search itself included). */
    private void visibility(Tenant commune, String procedure) throws Exception {
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < VISIBILITY_SAMPLES; i++) {
            // Submissions land anywhere in the poller's 200 ms cycle.
            Thread.sleep(ThreadLocalRandom.current().nextInt(0, 200));
            delays.add(visibilityDelay(commune, procedure, i));
        }
        print("submission → found by a search, %d submissions: p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                delays.size(), ms(percentile(delays, 50)), ms(percentile(delays, 95)), ms(Collections.max(delays)));
    }

    private long visibilityDelay(Tenant commune, String procedure, int i) throws InterruptedException {
        SubmissionResult submitted = SearchActors.submitTo(submissions, commune, procedure, "Mesure " + i);
        long t0 = System.nanoTime();
        while (agentOf(commune, () -> search.search(SearchQuery.of(submitted.reference()))).directRequest()
                .isEmpty()) {
            if (System.nanoTime() - t0 > 30_000_000_000L) {
                throw new AssertionError(submitted.reference() + " not searchable after 30 s");
            }
            Thread.sleep(5);
        }
        return System.nanoTime() - t0;
    }

    /** Four threads submit while the poller runs; the outbox's size is sampled every 20 ms. */
    private void series(Tenant commune, String procedure) throws Exception {
        AtomicBoolean submitting = new AtomicBoolean(true);
        List<Long> sizes = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newFixedThreadPool(5)) {
            Future<?> sampler = threads.submit(() -> {
                while (submitting.get() || backlog() > 0) {
                    sizes.add(backlog());
                    Thread.sleep(20);
                }
                return null;
            });
            long t0 = System.nanoTime();
            List<Future<?>> submitters = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int t = thread;
                submitters.add(threads.submit(() -> {
                    for (int i = 0; i < SERIES; i++) {
                        SearchActors.submitTo(submissions, commune, procedure, "Série " + t + " " + i);
                    }
                    return null;
                }));
            }
            for (Future<?> submitter : submitters) {
                submitter.get();
            }
            long submitted = System.nanoTime() - t0;
            long atEnd = backlog();
            submitting.set(false);
            sampler.get();
            long drained = System.nanoTime() - t0;
            print("4 threads × %d submissions: %.0f submissions/s; outbox during the series: max %d rows, p50 %d, "
                    + "%d at the end; empty %.0f ms after the last submission", SERIES, 4 * SERIES / (submitted / 1e9),
                    Collections.max(sizes), percentile(sizes, 50), atEnd, ms(drained - submitted));
        }
    }

    /** The poller stopped, 4 threads submit; then it starts again and the outbox is timed until empty. */
    private void drain(Tenant commune, String procedure) throws Exception {
        poller.stop();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int thread = 0; thread < 4; thread++) {
                int t = thread;
                threads.submit(() -> {
                    for (int i = 0; i < SERIES; i++) {
                        SearchActors.submitTo(submissions, commune, procedure, "Lot " + t + " " + i);
                    }
                    return null;
                });
            }
        }
        long rows = backlog();
        long t0 = System.nanoTime();
        poller.start();
        while (backlog() > 0) {
            Thread.sleep(10);
        }
        long took = System.nanoTime() - t0;
        print("drain of a backlog of %d rows (one tenant): %.0f ms, %.0f requests indexed/s", rows, ms(took),
                rows / (took / 1e9));
    }

    /**
     * The poller's cost with many tenant schemas. Each extra tenant is a row of platform.tenants and a schema holding
     * the two tables a request's document is read from (requests, request_events, copied from the commune's with one
     * request): enough for the poller, which reads nothing else, and 100 times quicker to create than provisioning.
     */
    private void pollCost(Tenant commune) throws Exception {
        poller.stop();
        List<UUID[]> fakes = new ArrayList<>(); // tenant id, request id
        addTenants(commune, 100, fakes);
        measurePolls("100 tenant schemas", fakes);
        addTenants(commune, TENANTS - 100, fakes);
        measurePolls(TENANTS + " tenant schemas", fakes);
        long t0 = System.nanoTime();
        mark(fakes);
        var report = indexing.indexDue();
        print("one poll run with one change in each of the %d tenants: %.0f ms (%d indexed, %.1f ms per tenant)",
                fakes.size(), ms(System.nanoTime() - t0), report.indexed(), ms(System.nanoTime() - t0) / fakes.size());
    }

    private void measurePolls(String label, List<UUID[]> tenants) {
        List<Long> idle = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long t0 = System.nanoTime();
            indexing.indexDue();
            idle.add(System.nanoTime() - t0);
        }
        List<Long> work = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            List<UUID[]> some = new ArrayList<>(tenants);
            Collections.shuffle(some);
            mark(some.subList(0, 20));
            long t0 = System.nanoTime();
            IndexingReport report = indexing.indexDue();
            work.add(System.nanoTime() - t0);
            if (report.indexed() != 20) {
                throw new AssertionError("expected 20 indexed, got " + report);
            }
        }
        print("%s: idle poll p50 %.2f ms, p95 %.2f ms; poll with 20 changes in 20 tenants p50 %.0f ms, p95 %.0f ms",
                label, ms(percentile(idle, 50)), ms(percentile(idle, 95)), ms(percentile(work, 50)),
                ms(percentile(work, 95)));
    }

    private void mark(List<UUID[]> changes) {
        for (UUID[] change : changes) {
            jdbc.sql("""
                    INSERT INTO platform.search_outbox (tenant_id, request_id, changed_at, next_attempt_at)
                    VALUES (:tenant, :request, now(), now())""")
                    .param("tenant", change[0]).param("request", change[1]).update();
        }
    }

    private void addTenants(Tenant source, int count, List<UUID[]> into) {
        UUID request = jdbc.sql("SELECT id FROM " + source.schema() + ".requests LIMIT 1").query(UUID.class)
                .single();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String code = FreshTerritories.communeCode();
            String schema = "t_bench_" + code.toLowerCase(Locale.ROOT);
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO platform.tenants (id, slug, kind, official_name, official_code, status, schema_name,
                        schema_version, created_at, updated_at)
                    VALUES (:id, :slug, 'COMMUNE', :name, :code, 'ACTIVE', :schema, 0, now(), now())""")
                    .param("id", id).param("slug", "bench-" + code.toLowerCase(Locale.ROOT))
                    .param("name", "Banc d’essai " + code).param("code", code).param("schema", schema).update();
            jdbc.sql("CREATE SCHEMA " + schema).update();
            for (String table : List.of("requests", "request_events")) {
                jdbc.sql("CREATE TABLE " + schema + "." + table + " (LIKE " + source.schema() + "." + table
                        + " INCLUDING ALL)").update();
            }
            jdbc.sql("INSERT INTO " + schema + ".requests SELECT * FROM " + source.schema() + ".requests WHERE id = ?")
                    .param(request).update();
            jdbc.sql("INSERT INTO " + schema + ".request_events SELECT * FROM " + source.schema()
                    + ".request_events WHERE request_id = ?").param(request).update();
            into.add(new UUID[] {id, request});
        }
        print("(%d tenant schemas added in %.1f s)", count, (System.nanoTime() - t0) / 1e9);
    }

    private long backlog() {
        return jdbc.sql("SELECT count(*) FROM platform.search_outbox").query(Long.class).single();
    }

    private static long percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(Locale.ROOT, format, args));
    }
}
