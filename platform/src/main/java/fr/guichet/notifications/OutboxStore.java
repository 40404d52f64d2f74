package fr.guichet.notifications;

import fr.guichet.tenancy.CurrentTenant;
import fr.guichet.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox table of the control plane, in plain JDBC (each statement its own short transaction). */
@Component
class OutboxStore {

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} due rows, oldest first, for {@code lease}: their next attempt moves to the end of the
     * lease, so a node that dies while sending leaves them to be claimed again then. Rows another node is claiming
     * at the same moment are skipped, never waited for.
     */
    List<ClaimedMessage> claim(Instant now, Instant leaseEnd, int limit) {
        UUID token = UUID.randomUUID();
        return jdbc.sql("""
                UPDATE platform.notification_outbox o
                SET next_attempt_at = :leaseEnd, attempts = o.attempts + 1, claim_token = :token
                FROM platform.tenants t
                WHERE t.id = o.tenant_id AND o.id IN (
                    SELECT id FROM platform.notification_outbox
                    WHERE status = 'PENDING' AND next_attempt_at <= :now
                    ORDER BY next_attempt_at
                    LIMIT :limit
                    FOR UPDATE SKIP LOCKED)
                RETURNING o.*, t.slug, t.schema_name""")
                .param("leaseEnd", Timestamp.from(leaseEnd)).param("token", token).param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(OutboxStore::claimed).list();
    }

    boolean markSent(ClaimedMessage claimed, Instant at) {
        return jdbc.sql("""
                UPDATE platform.notification_outbox
                SET status = 'SENT', sent_at = :at, claim_token = NULL, last_error = NULL
                WHERE id = :id AND claim_token = :token""")
                .param("at", Timestamp.from(at)).param("id", claimed.message().id().value())
                .param("token", claimed.claimToken()).update() == 1;
    }

    /** Records a failed attempt: retried at {@code nextAttempt}, or failed for good when that is null. */
    boolean markFailed(ClaimedMessage claimed, String error, @Nullable Instant nextAttempt) {
        return jdbc.sql("""
                UPDATE platform.notification_outbox
                SET status = :status, next_attempt_at = COALESCE(:next, next_attempt_at), claim_token = NULL,
                    last_error = :error
                WHERE id = :id AND claim_token = :token""")
                .param("status", nextAttempt == null ? "FAILED" : "PENDING")
                .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt), java.sql.Types.TIMESTAMP)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("id", claimed.message().id().value()).param("token", claimed.claimToken()).update() == 1;
    }

    /** Failed sends and sends waiting for a retry, of one tenant, newest first. */
    List<FailedDelivery> problems(TenantId tenant, int limit) {
        return jdbc.sql("""
                SELECT id, created_at, channel, recipient, template_key, attempts, last_error, status, next_attempt_at
                FROM platform.notification_outbox
                WHERE tenant_id = :tenant AND last_error IS NOT NULL AND status <> 'SENT'
                ORDER BY created_at DESC
                LIMIT :limit""")
                .param("tenant", tenant.value()).param("limit", limit)
                .query((rs, n) -> new FailedDelivery(new NotificationId(rs.getObject("id", UUID.class)),
                        instant(rs, "created_at"), Channel.valueOf(rs.getString("channel")),
                        RecipientMask.mask(Channel.valueOf(rs.getString("channel")), rs.getString("recipient")),
                        TemplateKey.valueOf(rs.getString("template_key")), rs.getInt("attempts"),
                        rs.getString("last_error"), "FAILED".equals(rs.getString("status")),
                        instant(rs, "next_attempt_at")))
                .list();
    }

    long countFailed(TenantId tenant) {
        return jdbc.sql("""
                SELECT count(*) FROM platform.notification_outbox
                WHERE tenant_id = :tenant AND last_error IS NOT NULL AND status = 'FAILED'""")
                .param("tenant", tenant.value()).query(Long.class).single();
    }

    /**
     * Makes a failed or waiting send due now, unless a node is sending it at this moment; false when there is no
     * such send for this tenant.
     */
    boolean retryNow(TenantId tenant, NotificationId id, Instant now) {
        return jdbc.sql("""
                UPDATE platform.notification_outbox
                SET status = 'PENDING', next_attempt_at = :now
                WHERE id = :id AND tenant_id = :tenant AND last_error IS NOT NULL AND status <> 'SENT'
                  AND (claim_token IS NULL OR next_attempt_at <= :now)""")
                .param("now", Timestamp.from(now)).param("id", id.value()).param("tenant", tenant.value())
                .update() == 1;
    }

    /** Deletes sent and failed rows created before {@code before}, at most {@code limit} of them. */
    int purge(Instant before, int limit) {
        return jdbc.sql("""
                DELETE FROM platform.notification_outbox WHERE id IN (
                    SELECT id FROM platform.notification_outbox
                    WHERE created_at < :before AND status <> 'PENDING'
                    LIMIT :limit)""")
                .param("before", Timestamp.from(before)).param("limit", limit).update();
    }

    private static ClaimedMessage claimed(ResultSet rs, int row) throws SQLException {
        TenantId tenant = new TenantId(rs.getObject("tenant_id", UUID.class));
        OutboxMessage message = new OutboxMessage(new NotificationId(rs.getObject("id", UUID.class)), tenant,
                Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                TemplateKey.valueOf(rs.getString("template_key")), rs.getString("sender_address"),
                rs.getString("sender_name"), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html"));
        return new ClaimedMessage(message, new CurrentTenant(tenant, rs.getString("slug"), rs.getString("schema_name")),
                rs.getInt("attempts"), rs.getObject("claim_token", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
