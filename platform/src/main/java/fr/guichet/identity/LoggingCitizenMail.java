package fr.guichet.identity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stand-in for citizens' emails until the notifications feature sends them: each email is logged (address masked;
 * the link itself only at DEBUG, since it opens an account or a request) and the last {@value #KEPT} are kept in
 * memory, where tests read the links a citizen would have received.
 */
@Component
public class LoggingCitizenMail implements CitizenMail {

    static final int KEPT = 100;
    private static final Logger log = LoggerFactory.getLogger(LoggingCitizenMail.class);

    /** What the email was about. */
    public enum Kind {
        VERIFICATION, ALREADY_REGISTERED, TRACKING_LINK
    }

    /** An email as it would have been sent. */
    public record SentMail(String to, Kind kind, String link) {
    }

    private final Deque<SentMail> sent = new ArrayDeque<>();

    @Override
    public void sendVerification(String email, String link) {
        record(new SentMail(email, Kind.VERIFICATION, link));
    }

    @Override
    public void sendAlreadyRegistered(String email, String signInLink) {
        record(new SentMail(email, Kind.ALREADY_REGISTERED, signInLink));
    }

    @Override
    public void sendTrackingLink(String email, String link) {
        record(new SentMail(email, Kind.TRACKING_LINK, link));
    }

    /** The emails sent to {@code email} still in memory, oldest first. */
    public synchronized List<SentMail> sentTo(String email) {
        String address = EmailAddresses.normalise(email);
        return sent.stream().filter(mail -> EmailAddresses.normalise(mail.to()).equals(address)).toList();
    }

    private synchronized void record(SentMail mail) {
        log.info("Citizen email not sent (no mail transport yet): {} to {}", mail.kind(),
                EmailAddresses.masked(mail.to()));
        log.debug("Link of the {} email to {}: {}", mail.kind(), EmailAddresses.masked(mail.to()), mail.link());
        sent.addLast(mail);
        while (sent.size() > KEPT) {
            sent.removeFirst();
        }
    }
}
