package fr.guichet.identity;

/**
 * The emails the identity feature sends to citizens. Today's implementation, {@link LoggingCitizenMail}, only logs
 * them (and keeps the last ones in memory for tests): the notifications feature (outbox, templates, channels) will
 * provide the real one and take its place.
 */
public interface CitizenMail {

    /** A new account's address is to be confirmed by following {@code link}. */
    void sendVerification(String email, String link);

    /** Someone signed up again with the address of a confirmed account: its owner is told, nobody else. */
    void sendAlreadyRegistered(String email, String signInLink);

    /** A guest follows their request with {@code link}, which opens without an account. */
    void sendTrackingLink(String email, String link);
}
