package fr.guichet.search;

import static fr.guichet.testsupport.Acting.in;

import fr.guichet.catalog.Catalog;
import fr.guichet.requests.Request;
import fr.guichet.requests.Requester;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestProcedures;
import java.util.Map;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = "guichet.search.synchronization=async") // the production default
/**
 * What automatic indexing adds to one submission: 200 submissions with indexing on, then 200 with it off (mapping-wide
 * indexing plan filter), six times, alternating which comes first so that warm-up and load drift cancel out; two
 * unmeasured rounds warm the JVM first. Run: docs/benchmarks.md, « Search of requests ».
 */
@org.junit.jupiter.api.Tag("benchmark")
class SearchIndexingBenchmark {

    @Autowired
    Submissions submissions;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    SearchMapping mapping;

    @Test
    void printsWhatIndexingAddsToASubmission() throws Exception {
        Tenant t = FreshTerritories.provisionCommune(provisioning, "probe");
        String slug = TestProcedures.publish(catalog, t, "Signalement", RequestSearchTest.FORM);
        run(t, slug);
        run(t, slug);
        for (int round = 0; round < 6; round++) {
            boolean offFirst = round % 2 == 1;
            if (offFirst) {
                mapping.indexingPlanFilter(f -> f.exclude(Request.class));
                report("off", run(t, slug));
                mapping.indexingPlanFilter(f -> f.include(Request.class));
                report("on", run(t, slug));
            } else {
                report("on", run(t, slug));
                mapping.indexingPlanFilter(f -> f.exclude(Request.class));
                report("off", run(t, slug));
                mapping.indexingPlanFilter(f -> f.include(Request.class));
            }
        }
    }

    private static void report(String indexing, double millis) {
        System.out.printf(java.util.Locale.ROOT, "BENCHMARK 200 submissions, indexing %s: %.2f ms each%n", indexing,
                millis);
    }

    private double run(Tenant t, String slug) {
        long t0 = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            in(t, () -> submissions.submitOnline(slug, Map.of("lieu", "Rue " + System.nanoTime(), "details",
                    "Lampadaire en panne devant le numéro 12, depuis trois jours."), Requester.guest("A B", "a@b.fr")));
        }
        return (System.nanoTime() - t0) / 200 / 1e6;
    }
}
