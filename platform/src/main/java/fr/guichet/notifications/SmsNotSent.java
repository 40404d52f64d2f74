package fr.guichet.notifications;

/**
 * Thrown by a {@link SmsProvider} that could not send. {@link #getMessage()} is shown to the tenant's
 * administrators, so write it in French (« Le fournisseur de SMS est injoignable. »).
 */
public class SmsNotSent extends RuntimeException {

    private final boolean permanent;

    /**
     * @param permanent true when trying again cannot help (number refused by the provider): no retry
     */
    public SmsNotSent(String frenchReason, boolean permanent, Throwable cause) {
        super(frenchReason, cause);
        this.permanent = permanent;
    }

    public SmsNotSent(String frenchReason, boolean permanent) {
        super(frenchReason);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
