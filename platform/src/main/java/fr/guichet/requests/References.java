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
 * counted per year without gaps, e.g. {@code ANN-2026-000123}. The yearly counter row is locked until the
 * submission commits, so concurrent submissions of a tenant get consecutive numbers.
 */
@Component
class References {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager entityManager;

    /** The next reference of the current tenant; call inside the tenant transaction that stores the request. */
    String next(Instant at) {
        int year = at.atZone(PARIS).getYear();
        Number value = (Number) entityManager.createNativeQuery("""
                INSERT INTO reference_counters (year, last_value) VALUES (:year, 1)
                ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + 1
                RETURNING last_value""").setParameter("year", year).getSingleResult();
        return format(prefix(TenantContext.requiredTenant().slug()), year, value.longValue());
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
