package fr.guichet.notifications;

/**
 * One attempt to send a message failed. The message is in French, for the tenant's administrators; the technical
 * detail goes to the log.
 *
 * @see SmsNotSent
 */
class DeliveryFailure extends RuntimeException {

    private final boolean permanent;

    DeliveryFailure(String frenchReason, boolean permanent, Throwable cause) {
        super(frenchReason, cause);
        this.permanent = permanent;
    }

    /** Whether trying again cannot help (a refused address): the send fails at once. */
    boolean permanent() {
        return permanent;
    }
}
