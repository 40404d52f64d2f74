package fr.guichet.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A document template of the tenant: a title and a body with {@code {{variables}}}. */
@Entity
@Table(name = "document_templates")
class DocumentTemplate {

    @Id
    @Column(name = "template_key")
    private String key;
    private String title;
    private String body;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected DocumentTemplate() {
    }

    DocumentTemplate(String key) {
        this.key = key;
    }

    void rewrite(String newTitle, String newBody, String by, Instant at) {
        this.title = newTitle;
        this.body = newBody;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    DocumentTemplateText text() {
        return new DocumentTemplateText(key, title, body);
    }
}
