package fr.guichet.requests;

import fr.guichet.attachments.AttachmentRead;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records agents' reads of a request's files with the request's other reads (purpose {@code piece-jointe}), in the
 * reading transaction: a read that cannot be recorded does not happen.
 */
@Component
class AttachmentReads {

    @PersistenceContext
    private EntityManager entityManager;

    @EventListener
    void record(AttachmentRead read) {
        entityManager.createNativeQuery("INSERT INTO request_reads (request_id, agent, at, purpose)"
                + " VALUES (:request, :agent, :at, 'piece-jointe')").setParameter("request", read.requestId())
                .setParameter("agent", read.agent()).setParameter("at", read.at()).executeUpdate();
    }
}
