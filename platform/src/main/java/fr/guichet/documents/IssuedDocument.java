package fr.guichet.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A PDF issued to a request: a generated document, or a letter to post. */
@Entity
@Table(name = "request_documents")
class IssuedDocument {

    @Id
    private UUID id;
    @Column(name = "request_id")
    private UUID requestId;
    @Enumerated(EnumType.STRING)
    private IssuedDocumentSummary.Kind kind;
    private String title;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private @Nullable Instant sentAt;
    @Column(name = "sent_by")
    private @Nullable String sentBy;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected IssuedDocument() {
    }

    IssuedDocument(UUID requestId, IssuedDocumentSummary.Kind kind, String title, String fileName, Instant at,
            byte[] content) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.kind = kind;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.fileName = fileName;
        this.createdAt = at;
        this.content = content;
    }

    /** Records that the letter was posted; refused when already sent. */
    void markSent(String by, Instant at) {
        if (sentAt != null) {
            throw new IllegalStateException("Letter " + id + " was already sent");
        }
        this.sentAt = at;
        this.sentBy = by;
    }

    UUID requestId() {
        return requestId;
    }

    byte[] content() {
        return content;
    }

    IssuedDocumentSummary summary() {
        return new IssuedDocumentSummary(id, requestId, kind, title, fileName, createdAt, sentAt, sentBy);
    }
}
