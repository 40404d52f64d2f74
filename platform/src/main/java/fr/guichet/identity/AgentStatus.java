package fr.guichet.identity;

/** Where an agent's account stands. */
public enum AgentStatus {
    /** Signs in normally. */
    ACTIVE,
    /** Invited; the link to choose a password still works. */
    INVITED,
    /** Invited, but the link expired before the agent chose a password: invite again. */
    INVITATION_EXPIRED,
    /** Locked for a while after repeated wrong passwords. */
    LOCKED,
    /** Deactivated by an administrator: cannot sign in. */
    DEACTIVATED
}
