package fr.guichet.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A legal page as edited by the tenant, in the tenant's schema. */
@Entity
@Table(name = "legal_pages")
class LegalPage {

    @Id
    @Enumerated(EnumType.STRING)
    private LegalPageKind kind;
    private String body;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected LegalPage() {
    }

    LegalPage(LegalPageKind kind) {
        this.kind = kind;
    }

    void rewrite(String newBody, String by, Instant at) {
        this.body = newBody;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    LegalPageText text() {
        return new LegalPageText(kind, body, true);
    }
}
