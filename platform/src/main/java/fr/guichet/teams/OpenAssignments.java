package fr.guichet.teams;

import java.util.UUID;

/**
 * How many open requests are assigned to a team, so that a team is not removed from under its work. Implemented by
 * the feature that owns requests (which depends on this one, not the other way round).
 */
public interface OpenAssignments {

    long openRequestsAssignedTo(UUID teamId);
}
