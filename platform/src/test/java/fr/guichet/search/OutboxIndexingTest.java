package fr.guichet.search;

import static fr.guichet.search.SearchActors.agentOf;
import static fr.guichet.search.SearchActors.operator;
import static fr.guichet.testsupport.Acting.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.catalog.Catalog;
import fr.guichet.requests.Casework;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.tenancy.internal.TenantSchemas;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestProcedures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexing through the search outbox (guichet.search.indexing=outbox, decision 017) on Lucene: the poller is off
 * here and each test runs it itself ({@link OutboxIndexing#indexDue(Instant)}), sometimes as two nodes (two
 * instances in this JVM sharing the database and the index).
 */
@IntegrationTest
@TestPropertySource(properties = {"guichet.search.indexing=outbox", "guichet.search.outbox.poller.enabled=false"})
class OutboxIndexingTest {

    @Autowired
    OutboxIndexing outbox;
    @Autowired
    SearchOutboxStore store;
    @Autowired
    OutboxListener listener;
    @Autowired
    IndexingProperties properties;
    @Autowired
    IndexingQueue queue;
    @Autowired
    SearchMapping mapping;
    @Autowired
    Submissions submissions;
    @Autowired
    Casework casework;
    @Autowired
    RequestSearch search;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantSchemas schemas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("tenantTransactionManager")
    PlatformTransactionManager tenantTransactions;

    @Test
    void aRolledBackSubmissionMarksNothingAndIndexesNothing() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "annule");
        String procedure = publish(commune);

        assertThatThrownBy(() -> TenantContext.runAs(commune.asCurrent(), () -> new TransactionTemplate(
                tenantTransactions).executeWithoutResult(status -> {
                    submissions.submitOnline(procedure, Map.of("lieu", "Place", "details", "Poubelle renversée"),
                            Requester.guest("Anne Nulle", "anne@exemple.fr"));
                    throw new IllegalStateException("the submission failed further on");
                }))).hasMessage("the submission failed further on");
        outbox.indexDue();

        assertThat(rows(commune)).isZero();
        assertThat(found(commune, "poubelle")).isZero();
        assertThat(listener.collecting()).isZero();
    }

    @Test
    void aCommittedSubmissionAndLaterNotesBecomeSearchableThroughTheOutboxInACommuneProvisionedAtRunTime()
            throws Exception {
        // Provisioned while the application runs, after the poller's node started: nothing to configure or restart.
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "boite");
        SubmissionResult request = submit(commune, "Lampadaire éteint rue des Tilleuls");

        // Hibernate Search's own listeners are off: the commit only marked the request.
        assertThat(rows(commune)).isEqualTo(1);
        assertThat(found(commune, "lampadaire")).isZero();

        IndexingReport report = outbox.indexDue();

        assertThat(report.indexed()).isGreaterThanOrEqualTo(1);
        assertThat(rows(commune)).isZero();
        assertThat(found(commune, "lampadaire")).isEqualTo(1);
        assertThat(agentOf(commune, () -> search.search(SearchQuery.of(request.reference()))).directRequest())
                .contains(request.requestId());

        // A note and a message are timeline entries: the request's document follows them.
        agentOf(commune, () -> {
            var file = casework.open(request.requestId());
            file = casework.addNote(file.id(), file.lockVersion(), "Voir avec le prestataire électricien");
            return casework.messageCitizen(file.id(), file.lockVersion(), "Une équipe passera vendredi.");
        });
        assertThat(found(commune, "prestataire")).isZero();
        outbox.indexDue();
        assertThat(found(commune, "prestataire")).isEqualTo(1);
        assertThat(found(commune, "vendredi")).isEqualTo(1);
        assertThat(rows(commune)).isZero();
        assertThat(listener.collecting()).isZero();
    }

    @Test
    void rowsClaimedByANodeThatStoppedAreIndexedByAnotherNodeOnceTheLeaseRunsOut() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "relais");
        submit(commune, "Banc arraché au square");
        OutboxIndexing otherNode = node(properties);
        Instant now = clock.instant();

        List<ClaimedChange> claimedByDeadNode = outbox.claim(now);
        assertThat(claimedByDeadNode).extracting(c -> c.tenant().id()).contains(commune.id());

        otherNode.indexDue(now.plusSeconds(1));
        assertThat(found(commune, "banc")).isZero();

        otherNode.indexDue(now.plus(properties.outbox().lease()).plusSeconds(1));
        assertThat(found(commune, "banc")).isEqualTo(1);
        assertThat(rows(commune)).isZero();
    }

    @Test
    void twoNodesPollingAtOnceClaimDisjointRows() throws Exception {
        Tenant first = FreshTerritories.provisionCommune(provisioning, "duo");
        Tenant second = FreshTerritories.provisionCommune(provisioning, "duo");
        String firstProcedure = publish(first);
        String secondProcedure = publish(second);
        for (int i = 0; i < 15; i++) {
            submit(first, firstProcedure, "Trottoir encombré numéro " + i);
            submit(second, secondProcedure, "Trottoir encombré numéro " + i);
        }
        IndexingProperties small = withBatchSize(4);
        OutboxIndexing nodeA = node(small);
        OutboxIndexing nodeB = node(small);
        Instant now = clock.instant();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Long> claimedByA = new ArrayList<>();
        List<Long> claimedByB = new ArrayList<>();

        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            Future<?> a = nodes.submit(claimUntilEmpty(nodeA, now, together, claimedByA));
            Future<?> b = nodes.submit(claimUntilEmpty(nodeB, now, together, claimedByB));
            a.get();
            b.get();
        }

        Set<Long> mine = new HashSet<>(jdbc.sql("""
                SELECT id FROM platform.search_outbox WHERE tenant_id IN (:first, :second)""")
                .param("first", first.id().value()).param("second", second.id().value()).query(Long.class).list());
        assertThat(mine).hasSize(30);
        assertThat(claimedByA).doesNotHaveDuplicates().doesNotContainAnyElementsOf(claimedByB);
        assertThat(claimedByB).doesNotHaveDuplicates();
        Set<Long> all = new HashSet<>(claimedByA);
        all.addAll(claimedByB);
        assertThat(all).containsAll(mine);
        assertThat(claimedByA).isNotEmpty();
        assertThat(claimedByB).isNotEmpty();

        // Then both index, after the leases taken above ran out.
        Instant later = now.plus(properties.outbox().lease()).plusSeconds(1);
        nodeA.indexDue(later);
        nodeB.indexDue(later);
        assertThat(found(first, "trottoir")).isEqualTo(15);
        assertThat(found(second, "trottoir")).isEqualTo(15);
        assertThat(rows(first) + rows(second)).isZero();
    }

    @Test
    void aDroppedTenantTakesItsPendingRowsAndItsDocuments() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "purge");
        String procedure = publish(commune);
        submit(commune, procedure, "Nid-de-poule avenue Foch");
        outbox.indexDue();
        submit(commune, procedure, "Nid-de-poule rue Gambetta");
        assertThat(found(commune, "nid")).isEqualTo(1);
        assertThat(rows(commune)).isEqualTo(1);

        schemas.drop(commune.schema());

        assertThat(rows(commune)).isZero();
        schemas.create(commune.schema());
        schemas.migrate(commune.schema());
        outbox.indexDue();
        assertThat(found(commune, "nid")).isZero();
    }

    @Test
    void aFailingTenantIsRetriedWithBackoffThenShownAsFailedToOperatorsWhoRetryIt() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "panne");
        submit(commune, "Feu tricolore bloqué au rouge");
        // The tenant's requests cannot be read (a broken schema): every indexing attempt fails.
        jdbc.sql("ALTER TABLE " + commune.schema() + ".requests RENAME TO requests_away").update();
        Instant now = clock.instant();
        IndexingReport first = outbox.indexDue(now);
        assertThat(first.retrying()).isEqualTo(1);
        IndexingBacklog retrying = operator(() -> queue.backlog(commune.id()));
        assertThat(retrying.pending()).isEqualTo(1);
        assertThat(retrying.retrying()).isEqualTo(1);
        // Backoff: not due again at once, and due later.
        assertThat(outbox.indexDue(now.plusMillis(100)).retrying()).isZero();

        Instant at = now;
        for (int attempt = 2; attempt <= properties.outbox().maxAttempts(); attempt++) {
            at = at.plus(Duration.ofDays(1));
            outbox.indexDue(at);
        }

        IndexingBacklog failed = operator(() -> queue.backlog(commune.id()));
        assertThat(failed.failed()).isEqualTo(1);
        assertThat(failed.pending()).isZero();
        assertThat(operator(() -> queue.failures(commune.id()))).singleElement().satisfies(failure -> {
            assertThat(failure.failed()).isTrue();
            assertThat(failure.attempts()).isEqualTo(properties.outbox().maxAttempts());
            assertThat(failure.error()).startsWith("L’indexation a échoué");
        });
        assertThat(outbox.indexDue(at.plus(Duration.ofDays(30))).retrying()).isZero();

        jdbc.sql("ALTER TABLE " + commune.schema() + ".requests_away RENAME TO requests").update();
        assertThat(operator(() -> queue.retry(commune.id()))).isEqualTo(1);
        outbox.indexDue();

        assertThat(found(commune, "feu")).isEqualTo(1);
        assertThat(operator(() -> queue.backlog(commune.id()))).isEqualTo(new IndexingBacklog(0, 0, 0, null));
        assertThat(operator(() -> queue.failures(commune.id()))).isEmpty();
    }

    @Test
    void operatorsOnlySeeTheQueue() {
        assertThatThrownBy(() -> as("agent@exemple.fr", () -> queue.backlog(
                new fr.guichet.tenancy.TenantId(java.util.UUID.randomUUID())), "ROLE_ADMIN"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(queue.outboxMode()).isTrue();
    }

    private OutboxIndexing node(IndexingProperties settings) {
        return new OutboxIndexing(store, mapping, settings, clock);
    }

    private IndexingProperties withBatchSize(int batchSize) {
        IndexingProperties.Outbox o = properties.outbox();
        return new IndexingProperties(properties.indexing(), new IndexingProperties.Outbox(o.poller(), batchSize,
                o.maxAttempts(), o.firstRetry(), o.maxRetry(), o.lease()));
    }

    private static Callable<Void> claimUntilEmpty(OutboxIndexing node, Instant now, CyclicBarrier together,
            List<Long> claimed) {
        return () -> {
            together.await();
            for (List<ClaimedChange> batch = node.claim(now); !batch.isEmpty(); batch = node.claim(now)) {
                batch.forEach(change -> claimed.add(change.id()));
            }
            return null;
        };
    }

    private long rows(Tenant tenant) {
        return jdbc.sql("SELECT count(*) FROM platform.search_outbox WHERE tenant_id = :tenant")
                .param("tenant", tenant.id().value()).query(Long.class).single();
    }

    private long found(Tenant tenant, String words) {
        return agentOf(tenant, () -> search.search(SearchQuery.of(words))).total();
    }

    private String publish(Tenant tenant) {
        return TestProcedures.publish(catalog, tenant, "Signalement", RequestSearchTest.FORM);
    }

    private SubmissionResult submit(Tenant tenant, String details) {
        return SearchActors.submit(submissions, catalog, tenant, details);
    }

    private SubmissionResult submit(Tenant tenant, String procedure, String details) {
        return SearchActors.submitTo(submissions, tenant, procedure, details);
    }
}
