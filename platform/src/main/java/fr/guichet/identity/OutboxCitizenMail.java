package fr.guichet.identity;

import fr.guichet.notifications.Notification;
import fr.guichet.notifications.Notifications;
import fr.guichet.notifications.TemplateKey;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Citizens' account emails, queued in the notifications outbox (the tenant's templates, SMTP, retries) within the
 * caller's transaction. Each one is also logged (address masked; the link only at DEBUG, since it opens an account)
 * and the last {@value #KEPT} are kept in memory, where tests and the demo's log read the links sent.
 */
@Component
public class OutboxCitizenMail implements CitizenMail {

    static final int KEPT = 100;
    private static final Logger log = LoggerFactory.getLogger(OutboxCitizenMail.class);

    /** What the email was about. */
    public enum Kind {
        VERIFICATION, ALREADY_REGISTERED
    }

    /** An email as it was queued. */
    public record SentMail(String to, Kind kind, String link) {
    }

    private final Deque<SentMail> sent = new ArrayDeque<>();
    private final Notifications notifications;

    OutboxCitizenMail(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void sendVerification(String email, String link) {
        notifications.enqueue(Notification.email(email, TemplateKey.EMAIL_VERIFICATION,
                Map.of("name", "Madame, Monsieur", "link", link)));
        record(new SentMail(email, Kind.VERIFICATION, link));
    }

    @Override
    public void sendAlreadyRegistered(String email, String signInLink) {
        notifications.enqueue(Notification.email(email, TemplateKey.ACCOUNT_EXISTS, Map.of("link", signInLink)));
        record(new SentMail(email, Kind.ALREADY_REGISTERED, signInLink));
    }

    /** The emails sent to {@code email} still in memory, oldest first. */
    public synchronized List<SentMail> sentTo(String email) {
        String address = EmailAddresses.normalise(email);
        return sent.stream().filter(mail -> EmailAddresses.normalise(mail.to()).equals(address)).toList();
    }

    private synchronized void record(SentMail mail) {
        log.info("Citizen email queued: {} to {}", mail.kind(), EmailAddresses.masked(mail.to()));
        log.debug("Link of the {} email to {}: {}", mail.kind(), EmailAddresses.masked(mail.to()), mail.link());
        sent.addLast(mail);
        while (sent.size() > KEPT) {
            sent.removeFirst();
        }
    }
}
