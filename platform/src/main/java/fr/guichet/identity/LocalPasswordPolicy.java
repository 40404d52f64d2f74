package fr.guichet.identity;

/**
 * Whether agents may sign in with a local password on the current commune's back office: a commune whose agents all
 * sign in through its identity provider may refuse passwords (decision 022). Implemented by the feature that knows
 * the commune's provider; without any implementation, passwords are allowed.
 */
public interface LocalPasswordPolicy {

    boolean allowedHere();
}
