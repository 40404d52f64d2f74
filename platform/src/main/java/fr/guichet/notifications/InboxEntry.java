package fr.guichet.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notification in a citizen's portal space. */
public record InboxEntry(NotificationId id, TemplateKey template, String title, String body, @Nullable String link,
        Instant createdAt, boolean read) {
}
