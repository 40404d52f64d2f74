package fr.guichet.notifications;

import fr.guichet.outbox.RetrySchedule;
import fr.guichet.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Delivers the outbox of every tenant: claims due rows (several nodes may run this at once), sends each as its
 * tenant, then records it sent, schedules a retry with backoff, or gives up after the last attempt. Runs on a
 * schedule when {@code guichet.notifications.poller.enabled}; tests call {@link #deliverDue()} themselves.
 */
@Service
public class NotificationOutbox {

    private static final int MAX_BATCHES_PER_RUN = 20;
    private static final int PURGE_LIMIT = 1_000;
    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

    private final OutboxStore store;
    private final EmailSender email;
    private final SmsProvider sms;
    private final NotificationsProperties properties;
    private final RetrySchedule retries;
    private final Clock clock;

    NotificationOutbox(OutboxStore store, EmailSender email, ObjectProvider<SmsProvider> sms,
            NotificationsProperties properties, Clock clock) {
        this.store = store;
        this.email = email;
        this.sms = sms.getIfUnique(LoggingSmsProvider::new);
        this.properties = properties;
        this.retries = new RetrySchedule(properties.firstRetry(), properties.maxRetry());
        this.clock = clock;
    }

    /** Sends what is due now. */
    public DeliveryReport deliverDue() {
        return deliverDue(clock.instant());
    }

    /** Sends what is due at {@code now} (tests pass a later instant instead of waiting for a retry). */
    public DeliveryReport deliverDue(Instant now) {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<ClaimedMessage> claimed = claim(now);
            for (ClaimedMessage message : claimed) {
                switch (deliver(message, now)) {
                    case SENT -> sent++;
                    case RETRYING -> retrying++;
                    case FAILED -> failed++;
                }
            }
            if (claimed.size() < properties.batchSize()) {
                break;
            }
        }
        return new DeliveryReport(sent, retrying, failed);
    }

    /** Deletes sent and failed rows older than the retention period; returns how many. */
    public int purgeOld() {
        return store.purge(clock.instant().minus(properties.retention()), PURGE_LIMIT);
    }

    /** Claims a batch without sending it: what a node does just before it dies (tests of the lease). */
    List<ClaimedMessage> claim(Instant now) {
        return store.claim(now, now.plus(properties.lease()), properties.batchSize());
    }

    private Outcome deliver(ClaimedMessage claimed, Instant now) {
        return TenantContext.supplyAs(claimed.tenant(), () -> {
            OutboxMessage message = claimed.message();
            try {
                send(message);
            } catch (DeliveryFailure failure) {
                return failed(claimed, failure.getMessage(), failure.permanent(), failure, now);
            } catch (SmsNotSent failure) {
                return failed(claimed, failure.getMessage(), failure.permanent(), failure, now);
            } catch (RuntimeException unexpected) {
                return failed(claimed, "Erreur inattendue pendant l’envoi ; l’équipe technique peut en trouver le "
                        + "détail dans le journal de la plateforme.", false, unexpected, now);
            }
            if (!store.markSent(claimed, now)) {
                log.warn("{} notification {} was sent after its lease ran out; another node may send it again",
                        message.channel(), message.id());
            }
            log.debug("Sent {} notification {} ({})", message.channel(), message.id(), message.template());
            return Outcome.SENT;
        });
    }

    private void send(OutboxMessage message) {
        switch (message.channel()) {
            case EMAIL -> email.send(message);
            case SMS -> sms.send(new SmsMessage(message.id(), message.recipient(), message.senderName(),
                    message.text()));
            case PORTAL -> throw new IllegalStateException("Portal notifications never go through the outbox");
        }
    }

    private Outcome failed(ClaimedMessage claimed, @Nullable String reason, boolean permanent, Throwable cause,
            Instant now) {
        OutboxMessage message = claimed.message();
        boolean giveUp = permanent || claimed.attempts() >= properties.maxAttempts();
        Instant next = giveUp ? null : retries.after(claimed.attempts(), now);
        store.markFailed(claimed, reason == null ? "Échec de l’envoi." : reason, next);
        if (giveUp) {
            log.warn("{} notification {} to {} failed for good after {} attempt(s): {}", message.channel(),
                    message.id(), RecipientMask.mask(message.channel(), message.recipient()), claimed.attempts(),
                    cause.toString());
            return Outcome.FAILED;
        }
        log.warn("{} notification {} failed (attempt {} of {}), next attempt at {}: {}", message.channel(),
                message.id(), claimed.attempts(), properties.maxAttempts(), next, cause.toString());
        return Outcome.RETRYING;
    }

    private enum Outcome { SENT, RETRYING, FAILED }
}
