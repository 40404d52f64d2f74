package fr.guichet.apiparticulier;

import fr.guichet.tenancy.TenantTransactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * The tenant's API Particulier tables: the audit of calls (never the data), the values held for a citizen's next
 * submission, and the values kept with submitted requests. Short transactions of their own, so that no database
 * connection waits on API Particulier.
 */
@Repository
class CallJournal {

    @PersistenceContext
    private EntityManager entityManager;

    @TenantTransactional
    void record(UUID citizen, DataSet set, Outcome outcome, Instant at, long durationMs) {
        entityManager.createNativeQuery("INSERT INTO api_particulier_calls (id, citizen_id, data_set, outcome, at,"
                        + " duration_ms) VALUES (:id, :citizen, :set, :outcome, :at, :duration)")
                .setParameter("id", UUID.randomUUID()).setParameter("citizen", citizen)
                .setParameter("set", set.name()).setParameter("outcome", outcome.name()).setParameter("at", at)
                .setParameter("duration", (int) Math.min(durationMs, Integer.MAX_VALUE)).executeUpdate();
    }

    @TenantTransactional
    void hold(UUID citizen, CertifiedValue value) {
        entityManager.createNativeQuery("""
                INSERT INTO api_particulier_held (citizen_id, data_set, value, provider, fetched_at)
                VALUES (:citizen, :set, :value, :provider, :at)
                ON CONFLICT (citizen_id, data_set) DO UPDATE SET value = EXCLUDED.value,
                    provider = EXCLUDED.provider, fetched_at = EXCLUDED.fetched_at""")
                .setParameter("citizen", citizen).setParameter("set", value.dataSet().name())
                .setParameter("value", value.value()).setParameter("provider", value.provider())
                .setParameter("at", value.fetchedAt()).executeUpdate();
    }

    @TenantTransactional(readOnly = true)
    Optional<CertifiedValue> held(UUID citizen, DataSet set, Instant notBefore) {
        List<?> rows = entityManager.createNativeQuery("SELECT value, provider, fetched_at FROM api_particulier_held"
                        + " WHERE citizen_id = :citizen AND data_set = :set AND fetched_at >= :since")
                .setParameter("citizen", citizen).setParameter("set", set.name()).setParameter("since", notBefore)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new CertifiedValue(set, (String) columns[0], (String) columns[1], instant(columns[2]));
        });
    }

    @TenantTransactional
    void release(UUID citizen, DataSet set) {
        entityManager.createNativeQuery("DELETE FROM api_particulier_held WHERE citizen_id = :citizen"
                + " AND data_set = :set").setParameter("citizen", citizen).setParameter("set", set.name())
                .executeUpdate();
    }

    /** Joins the caller's transaction: kept with the request or not at all. */
    @TenantTransactional
    void keep(UUID request, Map<String, CertifiedValue> values) {
        values.forEach((key, value) -> entityManager.createNativeQuery("""
                INSERT INTO request_sourced_values (request_id, field_key, data_set, value, provider, fetched_at)
                VALUES (:request, :key, :set, :value, :provider, :at)""")
                .setParameter("request", request).setParameter("key", key).setParameter("set", value.dataSet().name())
                .setParameter("value", value.value()).setParameter("provider", value.provider())
                .setParameter("at", value.fetchedAt()).executeUpdate());
    }

    @TenantTransactional(readOnly = true)
    Map<String, CertifiedValue> kept(UUID request) {
        Map<String, CertifiedValue> values = new java.util.LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery("SELECT field_key, data_set, value, provider, fetched_at"
                + " FROM request_sourced_values WHERE request_id = :request ORDER BY field_key")
                .setParameter("request", request).getResultList()) {
            Object[] columns = (Object[]) row;
            values.put((String) columns[0], new CertifiedValue(DataSet.valueOf((String) columns[1]),
                    (String) columns[2], (String) columns[3], instant(columns[4])));
        }
        return values;
    }

    /** The calls made for a citizen, oldest first, for the tenant's audit. */
    @TenantTransactional(readOnly = true)
    List<AuditedCall> calls(UUID citizen) {
        return ((List<?>) entityManager.createNativeQuery("SELECT data_set, outcome, at FROM api_particulier_calls"
                + " WHERE citizen_id = :citizen ORDER BY at").setParameter("citizen", citizen).getResultList())
                .stream().map(row -> (Object[]) row).map(columns -> new AuditedCall(citizen,
                        DataSet.valueOf((String) columns[0]), Outcome.valueOf((String) columns[1]),
                        instant(columns[2]))).toList();
    }

    private static Instant instant(Object column) {
        return column instanceof Timestamp timestamp ? timestamp.toInstant()
                : column instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) column;
    }
}
