package fr.guichet.identity;

/** What became of a confirmation link. */
public enum EmailConfirmation {
    /** The address is confirmed: the citizen can sign in. */
    CONFIRMED,
    /** The link is too old: signing in with the right password sends a new one. */
    EXPIRED,
    /** No account waits for this link: mistyped, already used, or replaced by a later sign-up. */
    UNKNOWN
}
