package fr.guichet.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link SmsProvider}: logs each SMS (number masked; the text, which may hold a personal link, only at
 * DEBUG) and sends nothing.
 */
class LoggingSmsProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsProvider.class);

    @Override
    public void send(SmsMessage message) {
        log.info("SMS {} to {} from {} logged, not sent: no SMS provider is configured ({} characters)", message.id(),
                RecipientMask.phone(message.to()), message.senderName(), message.text().length());
        log.debug("Text of SMS {}: {}", message.id(), message.text());
    }
}
