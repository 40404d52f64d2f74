package fr.guichet.identity;

/**
 * The emails the identity feature sends to citizens, queued in the notifications outbox by {@link OutboxCitizenMail}
 * in the same transaction as the account change. Tracking links of guests go out with their requests' mails.
 */
public interface CitizenMail {

    /** A new account's address is to be confirmed by following {@code link}. */
    void sendVerification(String email, String link);

    /** Someone signed up again with the address of a confirmed account: its owner is told, nobody else. */
    void sendAlreadyRegistered(String email, String signInLink);
}
