package fr.guichet.search;

import static fr.guichet.testsupport.Acting.as;
import static fr.guichet.testsupport.Acting.in;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Catalog;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.tenancy.internal.TenantSchemas;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestProcedures;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tenants' documents never mix; a tenant's schema created afresh or dropped takes its documents with it. On embedded
 * Lucene; {@link SearchTenancyOnOpenSearchTest} runs the same tests on a real OpenSearch node.
 */
@IntegrationTest
class SearchTenancyTest {

    @Autowired
    Submissions submissions;
    @Autowired
    RequestSearch search;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantSchemas schemas;
    @Autowired
    fr.guichet.tenancy.TenantDirectory directory;
    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theSameWordsInTwoCommunesNeverShowTheOtherCommunesRequests() throws Exception {
        Tenant first = FreshTerritories.provisionCommune(provisioning, "fuite");
        Tenant second = FreshTerritories.provisionCommune(provisioning, "fuite");
        SubmissionResult inFirst = submit(first, "Fuite d’eau rue du Moulin");
        SubmissionResult inSecond = submit(second, "Fuite d’eau rue du Moulin");

        SearchResults fromFirst = agentOf(first, () -> search.search(SearchQuery.of("fuite moulin")));
        SearchResults fromSecond = agentOf(second, () -> search.search(SearchQuery.of("fuite moulin")));

        assertThat(RequestSearchTest.references(fromFirst)).containsExactly(inFirst.reference());
        assertThat(RequestSearchTest.references(fromSecond)).containsExactly(inSecond.reference());
        assertThat(fromFirst.facets().get(Facet.STATUS)).extracting(FacetValue::count).containsExactly(1L);
        // Same slug prefix, same year, first of each: both references are the same text; each leads to its own.
        assertThat(inFirst.reference()).isEqualTo(inSecond.reference());
        assertThat(agentOf(first, () -> search.search(SearchQuery.of(inSecond.reference()))).directRequest())
                .contains(inFirst.requestId());
        assertThat(agentOf(second, () -> search.search(SearchQuery.of(inFirst.reference()))).directRequest())
                .contains(inSecond.requestId());
    }

    @Test
    void aCommuneProvisionedWhileRunningIsSearchableAtOnceAndItsDroppedSchemaTakesItsDocuments() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "reset");
        SubmissionResult request = submit(commune, "Banc cassé au square");
        assertThat(agentOf(commune, () -> search.search(SearchQuery.of("banc"))).total()).isEqualTo(1);

        schemas.drop(commune.schema());
        schemas.create(commune.schema());
        schemas.migrate(commune.schema());

        assertThat(agentOf(commune, () -> search.search(SearchQuery.of("banc"))).total()).isZero();
        assertThat(agentOf(commune, () -> search.search(SearchQuery.of(request.reference()))).directRequest())
                .isEmpty();
    }

    @Test
    void reindexingATenantRebuildsItsDocumentsFromItsSchemaWithProgress() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "reindex");
        Tenant neighbour = FreshTerritories.provisionCommune(provisioning, "reindex");
        submit(commune, "Graffiti sur le mur de la mairie");
        submit(commune, "Graffiti sur l’abribus");
        submit(neighbour, "Graffiti au stade");
        indexes.schemaDropped(commune.schema());
        assertThat(agentOf(commune, () -> search.search(SearchQuery.of("graffiti"))).total()).isZero();
        assertThat(operator(() -> indexes.health(commune.id())).upToDate()).isFalse();

        long indexed = operator(() -> {
            try {
                return indexes.reindexAndWait(commune);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(indexed).isEqualTo(2);
        assertThat(operator(() -> indexes.progress(commune.id()))).hasValueSatisfying(progress -> {
            assertThat(progress.state()).isEqualTo(ReindexProgress.State.DONE);
            assertThat(progress.fraction()).isEqualTo(1.0);
        });
        IndexHealth health = operator(() -> indexes.health(commune.id()));
        assertThat(health.stored()).isEqualTo(2);
        assertThat(health.upToDate()).isTrue();
        assertThat(health.indexBytes()).isPositive();
        assertThat(health.engine()).as("the engine asked for its health").isEqualTo(expectedEngine());
        assertThat(health.clusterStatus()).isEqualTo(expectedClusterStatus());
        assertThat(agentOf(commune, () -> search.search(SearchQuery.of("graffiti"))).total()).isEqualTo(2);
        assertThat(agentOf(neighbour, () -> search.search(SearchQuery.of("graffiti"))).total()).isEqualTo(1);
    }

    @Test
    void aBulkImportWrittenOutOfHibernatesSightIsIndexedAfterwardsAndAReindexCanBeCancelled() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "import");
        SubmissionResult first = submit(commune, "Dossier importé de l’ancien logiciel");
        jdbc.sql("INSERT INTO " + commune.schema() + ".requests (id, reference, procedure_id, procedure_version,"
                + " procedure_title, status, channel, contact_name, answers_json, submitted_at, updated_at)"
                + " SELECT gen_random_uuid(), 'IMP-2020-' || lpad(n::text, 6, '0'), procedure_id, 1, procedure_title,"
                + " 'recue', 'POST', 'Personne ' || n, '{\"details\": \"Courrier archivé numéro ' || n || '\"}',"
                + " now(), now() FROM " + commune.schema() + ".requests, generate_series(1, " + importedRows()
                + ") AS n")
                .update();
        assertThat(agentOf(commune, () -> search.search(SearchQuery.of("archivé"))).total()).isZero();

        ReindexProgress started = operator(() -> indexes.reindex(commune.id()));
        ReindexProgress cancelled = operator(() -> indexes.cancel(commune.id())).orElseThrow();
        indexes.running(commune.id()).orElseThrow().handle((ok, error) -> ok).get();
        assertThat(started.running()).isTrue();
        assertThat(operator(() -> indexes.progress(commune.id())).orElseThrow().state())
                .isIn(ReindexProgress.State.CANCELLED, ReindexProgress.State.DONE);
        assertThat(cancelled.tenant()).isEqualTo(commune.id());

        long indexed = operator(() -> {
            try {
                return indexes.reindexAndWait(commune);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(indexed).isEqualTo(importedRows() + 1);
        int sought = importedRows() * 3 / 5 + 7;
        assertThat(agentOf(commune, () -> search.search(SearchQuery.of("courrier archivé " + sought))).hits())
                .extracting(SearchHit::reference).containsExactly("IMP-2020-%06d".formatted(sought));
        assertThat(agentOf(commune, () -> search.search(SearchQuery.of(first.reference()))).directRequest())
                .contains(first.requestId());
    }

    @Test
    void theOperatorsCommandReindexesTheNamedTenantsAndFailsOnAnUnknownSlug() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "commande");
        submit(commune, "Lampadaire à réparer");
        indexes.schemaDropped(commune.schema());

        assertThat(command(commune.slug()).reindex()).isZero();
        assertThat(agentOf(commune, () -> search.search(SearchQuery.of("lampadaire"))).total()).isEqualTo(1);
        assertThat(command(commune.slug() + ", inconnue-00000").reindex()).isEqualTo(1);
    }

    /** Rows of the bulk import written by SQL (then mass-indexed). */
    int importedRows() {
        return 20_000;
    }

    /** The engine these tests must run on, as the index health names it. */
    String expectedEngine() {
        return "Lucene";
    }

    /** The cluster's status in the index health (none for embedded Lucene). */
    @org.jspecify.annotations.Nullable String expectedClusterStatus() {
        return null;
    }

    private ReindexCommand command(String slugs) {
        return new ReindexCommand(indexes, directory, context, new org.springframework.mock.env.MockEnvironment()
                .withProperty("guichet.search.reindex", slugs));
    }

    private SubmissionResult submit(Tenant tenant, String details) {
        String slug = TestProcedures.publish(catalog, tenant, "Signalement", RequestSearchTest.FORM);
        return in(tenant, () -> submissions.submitOnline(slug, Map.of("lieu", "Centre", "details", details),
                Requester.guest("Usager", "usager@exemple.fr")));
    }

    /** The commune's administrator, who sees every procedure (agents' team scope: RequestSearchTest). */
    private static <T> T agentOf(Tenant tenant, Supplier<T> work) {
        return as("agent@" + tenant.slug() + ".test", () -> in(tenant, work), "ROLE_ADMIN");
    }

    private static <T> T operator(Supplier<T> work) {
        return as("operateur@guichet.test", work, "ROLE_OPERATOR");
    }
}
