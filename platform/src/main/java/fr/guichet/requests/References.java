package fr.guichet.requests;

import fr.guichet.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Human references of requests, unique per tenant: three letters of the tenant, the year (Paris time) and a number
 * counted per year, e.g. {@code ANN-2026-000123}. Numbers come from one PostgreSQL sequence per tenant schema and
 * year ({@code request_reference_2026}), so concurrent submissions of a tenant never wait for each other (decision
 * 012, revised): a number is taken only after the submission passed validation, and is lost only if the
 * transaction then fails (a database error, a crash), which leaves a gap, never a double.
 */
@Component
class References {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager entityManager;

    /** The next reference of the current tenant; call inside the tenant transaction that stores the request. */
    String next(Instant at) {
        int year = at.atZone(PARIS).getYear();
        Number value = nextValue(year);
        if (value == null) {
            createSequence(year);
            value = nextValue(year);
        }
        return format(prefix(TenantContext.requiredTenant().slug()), year, value.longValue());
    }

    /** The sequence's next value, or null while the year has no sequence yet (nextval is strict). */
    private Number nextValue(int year) {
        return (Number) entityManager.createNativeQuery("SELECT nextval(to_regclass(:name))")
                .setParameter("name", sequenceName(year)).getSingleResult();
    }

    /**
     * Creates the year's sequence once: the first submission of a year in a tenant takes a transaction-scoped
     * advisory lock so that two of them do not race on the DDL, and the sequence continues the yearly counter that
     * numbered references before sequences ({@code reference_counters}), if any.
     */
    private void createSequence(int year) {
        String name = sequenceName(year);
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.' || :name))")
                .setParameter("name", name).getSingleResult();
        entityManager.createNativeQuery("CREATE SEQUENCE IF NOT EXISTS " + name + " AS BIGINT MINVALUE 1")
                .executeUpdate();
        entityManager.createNativeQuery("SELECT setval(to_regclass(:name), c.last_value) FROM reference_counters c"
                        + " WHERE c.year = :year AND c.last_value > 0"
                        + " AND (SELECT s.last_value IS NULL FROM pg_sequences s"
                        + " WHERE s.schemaname = current_schema() AND s.sequencename = :name)")
                .setParameter("name", name).setParameter("year", year).getResultList();
    }

    static String sequenceName(int year) {
        return "request_reference_" + year;
    }

    static String format(String prefix, int year, long number) {
        return String.format(Locale.ROOT, "%s-%d-%06d", prefix, year, number);
    }

    /** The first three letters of the tenant's slug, upper case, padded with X. */
    static String prefix(String slug) {
        String letters = slug.replaceAll("[^a-z]", "").toUpperCase(Locale.ROOT);
        return (letters + "XXX").substring(0, 3);
    }
}
