package fr.guichet.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A template as rewritten by the tenant's administrators, in the tenant's schema. */
@Entity
@Table(name = "notification_templates")
class NotificationTemplate {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "template_key")
    private TemplateKey key;
    private String subject;
    private String body;
    @Column(name = "sms_text")
    private String sms;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected NotificationTemplate() {
    }

    NotificationTemplate(TemplateKey key) {
        this.key = key;
    }

    void rewrite(TemplateText text, String by, Instant at) {
        this.subject = text.subject();
        this.body = text.body();
        this.sms = text.sms();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    TemplateText text() {
        return new TemplateText(subject, body, sms);
    }
}
