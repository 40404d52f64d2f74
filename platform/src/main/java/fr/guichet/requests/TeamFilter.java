package fr.guichet.requests;

import java.util.UUID;

/** The inbox's filter on the team a request is assigned to. */
public sealed interface TeamFilter {

    /** Requests assigned to one of the signed-in agent's teams (« Mon équipe »). */
    record Mine() implements TeamFilter {
    }

    /** Requests assigned to this team. */
    record One(UUID teamId) implements TeamFilter {
    }

    /** Requests assigned to no team. */
    record NoTeam() implements TeamFilter {
    }

    public static TeamFilter mine() {
        return new Mine();
    }

    public static TeamFilter of(UUID teamId) {
        return new One(teamId);
    }

    public static TeamFilter noTeam() {
        return new NoTeam();
    }
}
