package fr.guichet.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's draft of one procedure: the answers as typed (valid or not), the version they were typed with and the
 * page the citizen was on. Written by {@link DraftStore#upsert} only, so that a second draft of the same procedure
 * can never exist; once expired and purged, only its dates are left (a tombstone) to tell the citizen what became
 * of it.
 */
@Entity
@Table(name = "drafts")
class Draft {

    @Id
    private UUID id;
    @Column(name = "citizen_id")
    private UUID citizenId;
    @Column(name = "procedure_id")
    private UUID procedureId;
    @Column(name = "procedure_version")
    private int procedureVersion;
    @Column(name = "answers_json")
    private @Nullable String answersJson;
    @Column(name = "page_key")
    private @Nullable String pageKey;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "saved_at")
    private Instant savedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected Draft() {
    }

    UUID id() {
        return id;
    }

    UUID procedureId() {
        return procedureId;
    }

    int procedureVersion() {
        return procedureVersion;
    }

    Instant savedAt() {
        return savedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    @Nullable String pageKey() {
        return pageKey;
    }

    /** Whether the draft's answers are gone or due to go: past its expiry, purged or not yet. */
    boolean expiredAt(Instant now) {
        return answersJson == null || !expiresAt.isAfter(now);
    }

    /** The answers as saved, unless purged. */
    Optional<String> answersJson() {
        return Optional.ofNullable(answersJson);
    }
}
