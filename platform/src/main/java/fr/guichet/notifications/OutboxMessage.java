package fr.guichet.notifications;

import fr.guichet.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

/** An e-mail or SMS rendered at enqueue time, as the outbox keeps it until it is sent. */
record OutboxMessage(
        NotificationId id,
        TenantId tenant,
        Channel channel,
        String recipient,
        TemplateKey template,
        @Nullable String senderAddress,
        String senderName,
        @Nullable String subject,
        String text,
        @Nullable String html) {
}
