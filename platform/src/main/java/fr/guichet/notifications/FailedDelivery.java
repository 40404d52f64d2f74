package fr.guichet.notifications;

import java.time.Instant;

/**
 * An e-mail or SMS that could not be sent, as the tenant's administrators see it (recipient masked).
 *
 * @param lastError why the last attempt failed, in French
 * @param givenUp true when no attempt is left (failed for good); false while retries are scheduled
 * @param nextAttemptAt when the next automatic attempt happens (meaningless once given up)
 */
public record FailedDelivery(NotificationId id, Instant createdAt, Channel channel, String maskedRecipient,
        TemplateKey template, int attempts, String lastError, boolean givenUp, Instant nextAttemptAt) {
}
