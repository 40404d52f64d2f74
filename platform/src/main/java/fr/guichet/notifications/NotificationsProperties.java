package fr.guichet.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notification delivery ({@code guichet.notifications.*}, docs/operations.md).
 *
 * @param poller whether this instance delivers the outbox on a schedule, and how often it looks
 * @param batchSize rows claimed at once by one node
 * @param maxAttempts attempts before a send is marked failed (kept and shown to the tenant's administrators)
 * @param firstRetry delay before the second attempt; it doubles at each attempt, with jitter, up to {@code maxRetry}
 * @param lease how long a claimed row stays reserved to the node sending it; a node that stops mid-way leaves its
 *     rows to be claimed again after that
 * @param retention how long sent and failed rows stay in the outbox
 * @param senderAddress the From address of e-mails; {@code {host}} is the tenant's default host name
 */
@ConfigurationProperties("guichet.notifications")
record NotificationsProperties(
        @DefaultValue Poller poller,
        @DefaultValue("50") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("6h") Duration maxRetry,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("noreply@{host}") String senderAddress) {

    /**
     * @param enabled off unless configured: tests drive delivery themselves
     */
    record Poller(@DefaultValue("false") boolean enabled, @DefaultValue("10s") Duration interval) {
    }
}
