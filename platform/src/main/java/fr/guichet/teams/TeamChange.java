package fr.guichet.teams;

import java.util.Set;
import java.util.UUID;

/**
 * What an administrator sets on a team.
 *
 * @param members ids of agents of the tenant
 * @param procedures ids of the tenant's procedures whose requests the team processes
 */
public record TeamChange(String name, Set<UUID> members, Set<UUID> procedures) {

    public TeamChange {
        members = Set.copyOf(members);
        procedures = Set.copyOf(procedures);
    }
}
