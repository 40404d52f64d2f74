package fr.guichet.search;

import static fr.guichet.testsupport.Acting.as;
import static fr.guichet.testsupport.Acting.in;

import fr.guichet.catalog.Catalog;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.Tenant;
import fr.guichet.testsupport.TestProcedures;
import java.util.Map;
import java.util.function.Supplier;

/** Who acts in the search tests: a citizen submitting a report, the commune's administrator, an operator. */
final class SearchActors {

    private SearchActors() {
    }

    /** A citizen reports {@code details} with a « Signalement » procedure published for the occasion. */
    static SubmissionResult submit(Submissions submissions, Catalog catalog, Tenant tenant, String details) {
        String slug = TestProcedures.publish(catalog, tenant, "Signalement", RequestSearchTest.FORM);
        return submitTo(submissions, tenant, slug, details);
    }

    static SubmissionResult submitTo(Submissions submissions, Tenant tenant, String procedure, String details) {
        return in(tenant, () -> submissions.submitOnline(procedure, Map.of("lieu", "Centre", "details", details),
                Requester.guest("Usager", "usager@exemple.fr")));
    }

    /** The commune's administrator, who sees every procedure (agents' team scope: RequestSearchTest). */
    static <T> T agentOf(Tenant tenant, Supplier<T> work) {
        return as("agent@" + tenant.slug() + ".test", () -> in(tenant, work), "ROLE_ADMIN");
    }

    static <T> T operator(Supplier<T> work) {
        return as("operateur@guichet.test", work, "ROLE_OPERATOR");
    }
}
