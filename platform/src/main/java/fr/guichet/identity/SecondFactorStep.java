package fr.guichet.identity;

/**
 * What an agent who gave the right password must still do before the session is granted the agent's roles
 * (decision 023).
 */
public enum SecondFactorStep {
    /** Type a code from the authenticator application (or a recovery code). */
    CODE,
    /** The commune requires a second factor and the agent has none yet: enrol one now. */
    ENROLMENT;

    /** The only authority of a session waiting for this step: it opens no view and no service of the back office. */
    String authority() {
        return "SECOND_FACTOR_" + name();
    }
}
