package fr.guichet.search;

import fr.guichet.tenancy.CurrentTenant;
import fr.guichet.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search outbox of the control plane ({@code platform.search_outbox}), in plain JDBC, each statement its own
 * short transaction. Nothing here depends on the number of tenants: every query reads the outbox's own rows through
 * its indexes, and the tenants table only by primary key.
 */
@Component
class SearchOutboxStore {

    private final JdbcClient jdbc;

    SearchOutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} due rows of any tenant, oldest first, until {@code leaseEnd}: their next attempt
     * moves to the end of the lease, so a node that dies while indexing leaves them to be claimed again then. Rows
     * another node is claiming at this moment are skipped, never waited for; so are rows of a request another node
     * holds a live lease on (it could be writing an older state of that request after ours).
     */
    List<ClaimedChange> claim(Instant now, Instant leaseEnd, int limit) {
        return jdbc.sql("""
                UPDATE platform.search_outbox o
                SET next_attempt_at = :leaseEnd, attempts = o.attempts + 1, claim_token = :token
                FROM platform.tenants t
                WHERE t.id = o.tenant_id AND o.id IN (
                    SELECT c.id FROM platform.search_outbox c
                    WHERE c.status = 'PENDING' AND c.next_attempt_at <= :now
                      AND NOT EXISTS (
                        SELECT 1 FROM platform.search_outbox l
                        WHERE l.tenant_id = c.tenant_id AND l.request_id = c.request_id
                          AND l.claim_token IS NOT NULL AND l.next_attempt_at > :now)
                    ORDER BY c.next_attempt_at
                    LIMIT :limit
                    FOR UPDATE OF c SKIP LOCKED)
                RETURNING o.id, o.tenant_id, o.request_id, o.attempts, o.claim_token, t.slug, t.schema_name""")
                .param("leaseEnd", Timestamp.from(leaseEnd)).param("token", UUID.randomUUID())
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(SearchOutboxStore::claimed).list();
    }

    /**
     * Deletes the rows indexed (if the lease still holds: otherwise another node has them, which is harmless), and
     * the failed rows of the same requests, whose change the indexing just covered.
     */
    void indexed(UUID claimToken, TenantId tenant, Collection<UUID> requests) {
        jdbc.sql("""
                DELETE FROM platform.search_outbox
                WHERE (claim_token = :token AND tenant_id = :tenant)
                   OR (tenant_id = :tenant AND request_id = ANY(:requests) AND status = 'FAILED')""")
                .param("token", claimToken).param("tenant", tenant.value())
                .param("requests", requests.toArray(UUID[]::new)).update();
    }

    /**
     * Records a failed attempt of the claimed rows of this tenant that had this many attempts: retried at
     * {@code nextAttempt}, or failed for good when that is null.
     */
    void failed(UUID claimToken, TenantId tenant, int attempts, String error, @Nullable Instant nextAttempt) {
        jdbc.sql("""
                UPDATE platform.search_outbox
                SET status = :status, next_attempt_at = COALESCE(:next, next_attempt_at), claim_token = NULL,
                    last_error = :error
                WHERE claim_token = :token AND tenant_id = :tenant AND attempts = :attempts""")
                .param("status", nextAttempt == null ? "FAILED" : "PENDING")
                .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt), Types.TIMESTAMP)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("token", claimToken).param("tenant", tenant.value()).param("attempts", attempts)
                .update();
    }

    IndexingBacklog backlog(TenantId tenant) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending,
                       count(*) FILTER (WHERE status = 'PENDING' AND last_error IS NOT NULL) AS retrying,
                       count(*) FILTER (WHERE status = 'FAILED') AS failed,
                       min(changed_at) FILTER (WHERE status = 'PENDING') AS oldest
                FROM platform.search_outbox WHERE tenant_id = :tenant""")
                .param("tenant", tenant.value())
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new IndexingBacklog(rs.getLong("pending"), rs.getLong("retrying"), rs.getLong("failed"),
                            oldest == null ? null : oldest.toInstant());
                }).single();
    }

    /** Rows of a tenant that failed for good or wait for a retry, newest first. */
    List<IndexingFailure> problems(TenantId tenant, int limit) {
        return jdbc.sql("""
                SELECT request_id, changed_at, attempts, last_error, status, next_attempt_at
                FROM platform.search_outbox
                WHERE tenant_id = :tenant AND last_error IS NOT NULL
                ORDER BY changed_at DESC
                LIMIT :limit""")
                .param("tenant", tenant.value()).param("limit", limit)
                .query((rs, n) -> new IndexingFailure(rs.getObject("request_id", UUID.class),
                        rs.getTimestamp("changed_at").toInstant(), rs.getInt("attempts"), rs.getString("last_error"),
                        "FAILED".equals(rs.getString("status")), rs.getTimestamp("next_attempt_at").toInstant()))
                .list();
    }

    /** Makes a tenant's failed rows, and rows waiting for a retry, due now (unless a node holds them); how many. */
    int retryNow(TenantId tenant, Instant now) {
        return jdbc.sql("""
                UPDATE platform.search_outbox
                SET status = 'PENDING', next_attempt_at = :now, attempts = 0
                WHERE tenant_id = :tenant AND last_error IS NOT NULL
                  AND (claim_token IS NULL OR next_attempt_at <= :now)""")
                .param("now", Timestamp.from(now)).param("tenant", tenant.value()).update();
    }

    /** Forgets the rows of the tenant using this schema (its schema is dropped or created afresh). */
    int forgetSchema(String schema) {
        return jdbc.sql("""
                DELETE FROM platform.search_outbox o USING platform.tenants t
                WHERE t.id = o.tenant_id AND t.schema_name = :schema""")
                .param("schema", schema).update();
    }

    private static ClaimedChange claimed(ResultSet rs, int row) throws SQLException {
        TenantId tenant = new TenantId(rs.getObject("tenant_id", UUID.class));
        return new ClaimedChange(rs.getLong("id"),
                new CurrentTenant(tenant, rs.getString("slug"), rs.getString("schema_name")),
                rs.getObject("request_id", UUID.class), rs.getInt("attempts"),
                rs.getObject("claim_token", UUID.class));
    }
}
