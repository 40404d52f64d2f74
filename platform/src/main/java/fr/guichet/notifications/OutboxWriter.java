package fr.guichet.notifications;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.hibernate.query.NativeQuery;
import org.springframework.stereotype.Component;

/**
 * Adds a message to the control plane's outbox through the tenant's own JPA connection: a schema-qualified native
 * INSERT in the tenant's transaction, so the message is committed or rolled back with the change that caused it.
 */
@Component
class OutboxWriter {

    @PersistenceContext
    private EntityManager entityManager;

    void add(OutboxMessage message, Instant now) {
        entityManager.createNativeQuery("""
                INSERT INTO platform.notification_outbox (id, tenant_id, channel, recipient, template_key,
                    sender_address, sender_name, subject, body_text, body_html, status, attempts, next_attempt_at,
                    created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'PENDING', 0, ?11, ?11)""")
                .unwrap(NativeQuery.class)
                .setParameter(1, message.id().value())
                .setParameter(2, message.tenant().value())
                .setParameter(3, message.channel().name())
                .setParameter(4, message.recipient())
                .setParameter(5, message.template().name())
                .setParameter(6, message.senderAddress(), String.class)
                .setParameter(7, message.senderName())
                .setParameter(8, message.subject(), String.class)
                .setParameter(9, message.text())
                .setParameter(10, message.html(), String.class)
                .setParameter(11, now)
                .executeUpdate();
    }
}
