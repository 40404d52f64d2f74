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
    /** A pending file still kept: uploaded within the retention, or held by a draft until later. */
    private static final String KEPT = " AND (created_at >= :since OR held_until > :now)";

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

    /** The uploader's files among {@code references} still kept (see {@link #KEPT}), locked until commit. */
    List<StoredFile> lockPending(Uploader uploader, Collection<String> references, Instant since, Instant now) {
        return files(entityManager.createNativeQuery(COLUMNS + " WHERE reference IN (:references)"
                        + " AND request_id IS NULL AND uploader_key = :uploader" + KEPT + " FOR UPDATE")
                .setParameter("references", references).setParameter("uploader", uploader.key())
                .setParameter("since", since).setParameter("now", now).getResultList());
    }

    int bind(UUID requestId, Uploader uploader, Collection<String> references, Instant since, Instant now) {
        return entityManager.createNativeQuery("UPDATE attachments SET request_id = :request, held_until = NULL"
                        + " WHERE reference IN (:references) AND request_id IS NULL AND uploader_key = :uploader" + KEPT)
                .setParameter("request", requestId).setParameter("references", references)
                .setParameter("uploader", uploader.key()).setParameter("since", since).setParameter("now", now)
                .executeUpdate();
    }

    /** Keeps the uploader's pending files among {@code references}, if still kept, until {@code until}. */
    int hold(Uploader uploader, Collection<String> references, Instant until, Instant since, Instant now) {
        return entityManager.createNativeQuery("UPDATE attachments SET held_until = :until"
                        + " WHERE reference IN (:references) AND request_id IS NULL AND uploader_key = :uploader" + KEPT)
                .setParameter("until", until).setParameter("references", references)
                .setParameter("uploader", uploader.key()).setParameter("since", since).setParameter("now", now)
                .executeUpdate();
    }

    /** Lets the usual retention decide again for the uploader's pending files among {@code references}. */
    int release(Uploader uploader, Collection<String> references) {
        return entityManager.createNativeQuery("UPDATE attachments SET held_until = NULL"
                        + " WHERE reference IN (:references) AND request_id IS NULL AND uploader_key = :uploader")
                .setParameter("references", references).setParameter("uploader", uploader.key()).executeUpdate();
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

    int deletePendingBefore(Instant cutoff, Instant now) {
        return entityManager.createNativeQuery("DELETE FROM attachments WHERE request_id IS NULL"
                        + " AND created_at < :cutoff AND (held_until IS NULL OR held_until <= :now)")
                .setParameter("cutoff", cutoff).setParameter("now", now).executeUpdate();
    }

    private static List<StoredFile> files(List<?> rows) {
        return rows.stream().map(Object[].class::cast).map(row -> new StoredFile((String) row[0], (String) row[1],
                (String) row[2], ((Number) row[3]).longValue())).toList();
    }
}
