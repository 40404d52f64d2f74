package fr.guichet.notifications;

/** A notification was addressed to something that is not an address of its channel; the message is French. */
public class InvalidRecipient extends IllegalArgumentException {

    public InvalidRecipient(String message) {
        super(message);
    }
}
