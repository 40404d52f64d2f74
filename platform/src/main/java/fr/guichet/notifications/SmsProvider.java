package fr.guichet.notifications;

/**
 * Sends SMS through an operator's API. Guichet uses the one Spring bean implementing this interface, and logs SMS
 * instead of sending them when there is none ({@link LoggingSmsProvider}). How to plug a real provider:
 * docs/operations.md, « SMS ».
 *
 * <p>Called from the outbox poller, never inside a request: it may block for the provider's round trip (keep its
 * timeouts well under the outbox lease). Throw {@link SmsNotSent} on failure; the outbox retries with backoff.
 */
public interface SmsProvider {

    void send(SmsMessage message) throws SmsNotSent;
}
