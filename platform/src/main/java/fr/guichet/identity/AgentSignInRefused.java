package fr.guichet.identity;

/**
 * A provider's identity that opens no back office of the current commune, for a {@link Reason} the sign-in page
 * explains in French; nothing was created nor changed.
 */
public class AgentSignInRefused extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** No agent account of this commune has the provider's identity or its address. */
        UNKNOWN_AGENT,
        /** The account was deactivated by an administrator. */
        DEACTIVATED,
        /** The account is locked after repeated wrong passwords. */
        LOCKED,
        /** The provider does not vouch for the address, so it cannot be matched to an account. */
        EMAIL_NOT_VERIFIED,
        /** The account of this address is already linked to another identity of the provider. */
        LINKED_ELSEWHERE
    }

    private final Reason reason;

    AgentSignInRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
