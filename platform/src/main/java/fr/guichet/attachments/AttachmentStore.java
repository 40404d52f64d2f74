package fr.guichet.attachments;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * The {@code attachments} table of the tenant's schema, in SQL: the bytes are written and read only where they are
 * needed, never loaded with the descriptions. Runs inside the callers' tenant transactions.
 */
@Repository
class AttachmentStore {

    /** A stored file without its bytes. */
    record StoredFile(String reference, String name, String mediaType, long size) {
    }

    private static final String COLUMNS = "SELECT reference, original_name, media_type, size_bytes FROM attachments";

    @PersistenceContext
    private EntityManager entityManager;

    void insert(String reference, Inspection.Passed file, String sha256, Instant at, Uploader uploader) {
        entityManager.createNativeQuery("INSERT INTO attachments (id, reference, original_name, media_type,"
                        + " size_bytes, sha256, created_at, uploader_key, content) VALUES (:id, :reference, :name,"
                        + " :type, :size, :sha256, :at, :uploader, :content)")
                .setParameter("id", UUID.randomUUID()).setParameter("reference", reference)
                .setParameter("name", file.name()).setParameter("type", file.type().toString())
                .setParameter("size", (long) file.content().length).setParameter("sha256", sha256)
                .setParameter("at", at).setParameter("uploader", uploader.key())
                .setParameter("content", file.content()).executeUpdate();
    }

    long pendingCount(Uploader uploader, Instant since) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM attachments WHERE request_id IS NULL"
                        + " AND uploader_key = :uploader AND created_at >= :since")
                .setParameter("uploader", uploader.key()).setParameter("since", since).getSingleResult()).longValue();
    }

    /** The uploader's files among {@code references} still pending since {@code since}, locked until commit. */
    List<StoredFile> lockPending(Uploader uploader, Collection<String> references, Instant since) {
        return files(entityManager.createNativeQuery(COLUMNS + " WHERE reference IN (:references)"
                        + " AND request_id IS NULL AND uploader_key = :uploader AND created_at >= :since FOR UPDATE")
                .setParameter("references", references).setParameter("uploader", uploader.key())
                .setParameter("since", since).getResultList());
    }

    int bind(UUID requestId, Uploader uploader, Collection<String> references, Instant since) {
        return entityManager.createNativeQuery("UPDATE attachments SET request_id = :request"
                        + " WHERE reference IN (:references) AND request_id IS NULL AND uploader_key = :uploader"
                        + " AND created_at >= :since")
                .setParameter("request", requestId).setParameter("references", references)
                .setParameter("uploader", uploader.key()).setParameter("since", since).executeUpdate();
    }

    List<StoredFile> ofRequest(UUID requestId) {
        return files(entityManager.createNativeQuery(COLUMNS + " WHERE request_id = :request"
                + " ORDER BY created_at, original_name").setParameter("request", requestId).getResultList());
    }

    Optional<StoredFile> find(UUID requestId, String reference) {
        return files(entityManager.createNativeQuery(COLUMNS + " WHERE request_id = :request"
                + " AND reference = :reference").setParameter("request", requestId)
                .setParameter("reference", reference).getResultList()).stream().findFirst();
    }

    byte[] content(UUID requestId, String reference) {
        return (byte[]) entityManager.createNativeQuery("SELECT content FROM attachments WHERE request_id = :request"
                        + " AND reference = :reference").setParameter("request", requestId)
                .setParameter("reference", reference).getSingleResult();
    }

    void deletePending(Uploader uploader, String reference) {
        entityManager.createNativeQuery("DELETE FROM attachments WHERE request_id IS NULL AND reference = :reference"
                + " AND uploader_key = :uploader").setParameter("reference", reference)
                .setParameter("uploader", uploader.key()).executeUpdate();
    }

    int deletePendingBefore(Instant cutoff) {
        return entityManager.createNativeQuery("DELETE FROM attachments WHERE request_id IS NULL"
                + " AND created_at < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }

    private static List<StoredFile> files(List<?> rows) {
        return rows.stream().map(Object[].class::cast).map(row -> new StoredFile((String) row[0], (String) row[1],
                (String) row[2], ((Number) row[3]).longValue())).toList();
    }
}
