package fr.guichet.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A notification shown to a citizen inside the portal, in the tenant's schema. */
@Entity
@Table(name = "portal_notifications")
class PortalNotification {

    @Id
    private UUID id;
    @Column(name = "citizen_id")
    private UUID citizenId;
    @Enumerated(EnumType.STRING)
    @Column(name = "template_key")
    private TemplateKey template;
    private String title;
    private String body;
    private @Nullable String link;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected PortalNotification() {
    }

    PortalNotification(NotificationId id, UUID citizenId, TemplateKey template, String title, String body,
            @Nullable String link, Instant createdAt) {
        this.id = id.value();
        this.citizenId = citizenId;
        this.template = template;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    boolean isFor(UUID citizen) {
        return citizenId.equals(citizen);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    InboxEntry entry() {
        return new InboxEntry(new NotificationId(id), template, title, body, link, createdAt, readAt != null);
    }
}
