package fr.guichet.drafts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The {@code drafts} table of the tenant's schema. Every query names the citizen: a draft is only ever found, written
 * or deleted for its owner. Runs inside the callers' tenant transactions.
 */
@Repository
class DraftStore {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Writes the citizen's draft of the procedure, creating it or replacing the one there is (an expired one
     * included) in one statement: the unique constraint on (citizen, procedure) makes two drafts impossible, even
     * from two tabs saving at once.
     */
    void upsert(UUID citizen, UUID procedure, int version, String answersJson, @Nullable String pageKey, Instant now,
            Instant expiresAt) {
        entityManager.createNativeQuery("""
                INSERT INTO drafts (id, citizen_id, procedure_id, procedure_version, answers_json, page_key,
                    created_at, saved_at, expires_at)
                VALUES (:id, :citizen, :procedure, :version, :answers, :page, :now, :now, :expires)
                ON CONFLICT (citizen_id, procedure_id) DO UPDATE SET procedure_version = EXCLUDED.procedure_version,
                    answers_json = EXCLUDED.answers_json, page_key = EXCLUDED.page_key, saved_at = EXCLUDED.saved_at,
                    expires_at = EXCLUDED.expires_at,
                    created_at = CASE WHEN drafts.answers_json IS NULL THEN EXCLUDED.created_at
                        ELSE drafts.created_at END""")
                .setParameter("id", UUID.randomUUID()).setParameter("citizen", citizen)
                .setParameter("procedure", procedure).setParameter("version", version)
                .setParameter("answers", answersJson)
                .setParameter("page", new TypedParameterValue<>(StandardBasicTypes.STRING, pageKey))
                .setParameter("now", now).setParameter("expires", expiresAt).executeUpdate();
        entityManager.clear();
    }

    Optional<Draft> find(UUID citizen, UUID procedure) {
        return entityManager.createQuery("SELECT d FROM Draft d WHERE d.citizenId = :citizen"
                        + " AND d.procedureId = :procedure", Draft.class)
                .setParameter("citizen", citizen).setParameter("procedure", procedure).getResultStream().findFirst();
    }

    Optional<Draft> findById(UUID citizen, UUID id) {
        return entityManager.createQuery("SELECT d FROM Draft d WHERE d.citizenId = :citizen AND d.id = :id",
                        Draft.class)
                .setParameter("citizen", citizen).setParameter("id", id).getResultStream().findFirst();
    }

    /** The citizen's drafts still alive at {@code now}, last saved first. */
    List<Draft> alive(UUID citizen, Instant now) {
        return entityManager.createQuery("SELECT d FROM Draft d WHERE d.citizenId = :citizen"
                        + " AND d.answersJson IS NOT NULL AND d.expiresAt > :now ORDER BY d.savedAt DESC", Draft.class)
                .setParameter("citizen", citizen).setParameter("now", now).getResultList();
    }

    void delete(Draft draft) {
        entityManager.remove(draft);
        entityManager.flush();
    }

    /** Deletes the answers of drafts expired at {@code now}, keeping their dates; how many. */
    int purgeAnswers(Instant now) {
        return entityManager.createNativeQuery("UPDATE drafts SET answers_json = NULL, page_key = NULL"
                + " WHERE expires_at <= :now AND answers_json IS NOT NULL").setParameter("now", now).executeUpdate();
    }

    /** Deletes what is left of drafts expired before {@code cutoff}; how many. */
    int deleteExpiredBefore(Instant cutoff) {
        return entityManager.createNativeQuery("DELETE FROM drafts WHERE expires_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
